#include "FuzzBodies.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <cstdint>

namespace baton::fuzz {
namespace {

using Body = FuzzOutcome (*)(const uint8_t *, size_t);

struct Target {
    const char *name;
    Body body;
};

const Target targets[] = {
    {"csv_reader", csvReader},
    {"column_mapping", columnMapping},
    {"definition_json", definitionJson},
    {"routing_config", routingConfig},
};

QStringList inputs(const QString &kind, const char *target)
{
    const QDir dir(QStringLiteral(BATON_FUZZ_DIR "/%1/%2").arg(kind, QString::fromLatin1(target)));
    QStringList paths;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

/// Runs one input through its target's body: a crash or a broken check ends the test binary.
FuzzOutcome run(const Target &target, const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    const QByteArray bytes = file.readAll();
    return target.body(reinterpret_cast<const uint8_t *>(bytes.constData()),
                       static_cast<size_t>(bytes.size()));
}

} // namespace

TEST(FuzzCorpusTest, SeedCorpus_EveryInput_ReadOrRefusedWithAMessageAndSomeRead)
{
    for (const Target &target : targets) {
        const QStringList paths = inputs(QStringLiteral("corpus"), target.name);
        ASSERT_FALSE(paths.isEmpty()) << "no seed corpus for " << target.name;
        int accepted = 0;
        for (const QString &path : paths) {
            SCOPED_TRACE(path.toStdString());
            const FuzzOutcome outcome = run(target, path);
            EXPECT_TRUE(outcome.accepted || !outcome.error.isEmpty());
            accepted += outcome.accepted ? 1 : 0;
        }
        EXPECT_GT(accepted, 0) << "no seed of " << target.name << " is a valid input";
    }
}

TEST(FuzzCorpusTest, Regressions_InputsThatOnceCrashed_ReadOrRefusedWithAMessage)
{
    for (const Target &target : targets) {
        for (const QString &path : inputs(QStringLiteral("regressions"), target.name)) {
            SCOPED_TRACE(path.toStdString());
            const FuzzOutcome outcome = run(target, path);
            EXPECT_TRUE(outcome.accepted || !outcome.error.isEmpty());
        }
    }
}

} // namespace baton::fuzz
