#include "ChildKiller.h"
#include "FaultTemplates.h"
#include "storage/Database.h"
#include "storage/DatabaseOpener.h"
#include "storage/FileCheck.h"
#include "storage/Schema.h"
#include "support/ScopedEnvironment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <random>

namespace baton::test {
namespace {

/// Kills per operation and journal: 4 operations × 2 journals × 25 = 200 in a run.
constexpr int killsPerCase = 25;

enum class Operation { Import, Rescore, Route, Migrate };

struct KillCase {
    Operation operation;
    const char *fileSystem; ///< BATON_FILESYSTEM: "local" runs WAL, "network" a rollback journal
};

/// What each operation is called, which template it starts from and how many batches it commits.
struct OperationFacts {
    const char *name;
    const char *templateFile;
    int batches;
};

const OperationFacts &factsOf(Operation operation)
{
    static const std::map<Operation, OperationFacts> facts{
        {Operation::Import, {"Import", "import.baton", FaultTemplates::importBatches}},
        {Operation::Rescore, {"Rescore", "rescore.baton", 1}},
        {Operation::Route, {"Route", "route.baton", FaultTemplates::routeBatches}},
        {Operation::Migrate, {"Migrate", "migrate.baton", 1}}};
    return facts.at(operation);
}

std::string caseName(const ::testing::TestParamInfo<KillCase> &info)
{
    return std::string(factsOf(info.param.operation).name) +
           (std::string(info.param.fileSystem) == "local" ? "_Wal" : "_RollbackJournal");
}

/// Every object of the schema but SQLite's statistics, by name: what a file format is.
QStringList schemaOf(Database &db)
{
    QStringList objects;
    auto rows = db.prepare("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema "
                           "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
    if (!rows)
        return {rows.error().message};
    while (true) {
        auto row = rows->step();
        if (!row || !*row)
            break;
        objects << rows->text(0);
    }
    return objects;
}

qint64 count(Database &db, const QString &sql)
{
    auto value = db.queryInt(sql.toStdString());
    return value ? *value : -1;
}

/// The templates, and the schema of each file format, built once for the suite.
class KillTest : public ::testing::TestWithParam<KillCase> {
protected:
    static void SetUpTestSuite()
    {
        s_folder = std::make_unique<QTemporaryDir>();
        auto built = FaultTemplates::build(s_folder->path());
        ASSERT_TRUE(built.ok()) << built.error().message.toStdString();
        for (int version = 1; version <= Schema::currentVersion(); ++version) {
            const QString path = s_folder->filePath(QStringLiteral("format-%1.baton").arg(version));
            auto db = Database::openRaw(path, Database::Access::ReadWrite, true);
            ASSERT_TRUE(db.ok());
            ASSERT_TRUE(Schema::migrateTo(**db, version).ok());
            s_schemas[version] = schemaOf(**db);
        }
    }
    static void TearDownTestSuite() { s_folder.reset(); }

    Operation operation() const { return GetParam().operation; }
    QString fileSystem() const { return QString::fromLatin1(GetParam().fileSystem); }

    QString templateName() const { return QString::fromLatin1(factsOf(operation()).templateFile); }
    int batches() const { return factsOf(operation()).batches; }

    QStringList arguments() const
    {
        switch (operation()) {
        case Operation::Import:
            return {QStringLiteral("import"), m_path, s_folder->filePath(QStringLiteral("csv")),
                    QString::number(FaultTemplates::importBatches)};
        case Operation::Rescore:
            return {QStringLiteral("rescore"), m_path};
        case Operation::Route:
            return {QStringLiteral("route"), m_path, QString::number(FaultTemplates::routeBatches),
                    QString::number(FaultTemplates::routeBatchSize)};
        case Operation::Migrate:
            break;
        }
        return {QStringLiteral("migrate"), m_path};
    }

    /// A fresh copy of the operation's template, with no journal beside it.
    void copyTemplate()
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")})
            QFile::remove(m_path + suffix);
        ASSERT_TRUE(QFile::copy(s_folder->filePath(templateName()), m_path));
    }

    /// How many of the operation's batches the file holds, after checking that each is there
    /// whole or not at all and that they are the first ones; -1 with a failure otherwise.
    int batchesPresent(Database &db)
    {
        switch (operation()) {
        case Operation::Import: {
            int present = 0;
            for (int batch = 0; batch < FaultTemplates::importBatches; ++batch) {
                const qint64 rows = count(
                    db, QStringLiteral("SELECT count(*) FROM leads WHERE email LIKE 'kill%1-%'").arg(batch));
                const qint64 expected = batch == present ? FaultTemplates::importBatchSize : 0;
                if (rows == FaultTemplates::importBatchSize && batch == present)
                    ++present;
                else if (rows != 0) {
                    ADD_FAILURE() << "import batch " << batch << " holds " << rows << " leads, not "
                                  << expected << " or 0";
                    return -1;
                }
            }
            return present;
        }
        case Operation::Rescore: {
            const qint64 handoffs = count(db, QStringLiteral("SELECT count(*) FROM handoffs"));
            const qint64 runs = count(db, QStringLiteral("SELECT count(*) FROM reevaluations"));
            const qint64 owned =
                count(db, QStringLiteral("SELECT count(*) FROM leads WHERE owner_id IS NOT NULL"));
            const qint64 audited =
                count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 're-evaluate'"));
            if (handoffs == 0 && runs == 0 && owned == 0 && audited == 0)
                return 0;
            if (handoffs == FaultTemplates::rescoreLeads && runs == 1 && owned == handoffs && audited == 1)
                return 1;
            ADD_FAILURE() << "re-evaluation half there: " << handoffs << " handoffs, " << runs << " runs, "
                          << owned << " leads owned, " << audited << " audit entries";
            return -1;
        }
        case Operation::Route: {
            const qint64 owned =
                count(db, QStringLiteral("SELECT count(*) FROM leads WHERE owner_id IS NOT NULL"));
            const qint64 decided =
                count(db, QStringLiteral("SELECT count(DISTINCT lead_id) FROM routing_decisions "
                                         "WHERE assignee_id IS NOT NULL"));
            if (owned % FaultTemplates::routeBatchSize != 0 || decided != owned) {
                ADD_FAILURE() << owned << " leads owned, " << decided << " with a decision naming an owner";
                return -1;
            }
            return static_cast<int>(owned / FaultTemplates::routeBatchSize);
        }
        case Operation::Migrate:
            break;
        }
        // Each step of an upgrade is a batch: whichever format the file was left at, its schema is
        // exactly that format's and its data is all there.
        const qint64 version = count(db, QStringLiteral("PRAGMA user_version"));
        if (version < 1 || version > Schema::currentVersion() ||
            schemaOf(db) != s_schemas[static_cast<int>(version)]) {
            ADD_FAILURE() << "left at file format " << version << " with a schema that is not that format's";
            return -1;
        }
        if (count(db, QStringLiteral("SELECT count(*) FROM leads")) != FaultTemplates::migrateLeads ||
            count(db, QStringLiteral("SELECT count(*) FROM events")) !=
                FaultTemplates::migrateLeads * FaultTemplates::migrateEventsPerLead) {
            ADD_FAILURE() << "leads or events lost at file format " << version;
            return -1;
        }
        return version == Schema::currentVersion() ? 1 : 0;
    }

    /// The file after the child ended: sound, and holding the batches it committed, and at most the
    /// one it was killed in if that had committed before it could say so.
    void expectSound(const ChildReport &report)
    {
        {
            auto db = Database::openRaw(m_path, Database::Access::ReadWrite, false);
            ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
            auto check = FileCheck::run(**db);
            ASSERT_TRUE(check.ok()) << check.error().message.toStdString();
            EXPECT_TRUE(check->integrityOk) << check->integrityMessage.toStdString();
            EXPECT_TRUE(check->foreignKeysOk);
            const int present = batchesPresent(**db);
            ASSERT_GE(present, 0);
            EXPECT_GE(present, report.committed) << "a batch it said was committed is missing";
            EXPECT_LE(present, report.killed ? report.begun : report.committed)
                << "a batch it never committed is there";
        }
        // And Baton opens it (finishing an upgrade it was killed in).
        ScopedEnvironment environment("BATON_FILESYSTEM", fileSystem().toUtf8());
        auto opened = DatabaseOpener::open(m_path, DatabaseOpener::Mode::MustExist);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        if (operation() == Operation::Migrate) {
            EXPECT_EQ(schemaOf(**opened), s_schemas[Schema::currentVersion()]);
        }
    }

    QTemporaryDir m_work;
    QString m_path = m_work.filePath(QStringLiteral("work.baton"));

    static std::unique_ptr<QTemporaryDir> s_folder;
    static std::map<int, QStringList> s_schemas;
};

std::unique_ptr<QTemporaryDir> KillTest::s_folder;
std::map<int, QStringList> KillTest::s_schemas;

TEST_P(KillTest, KilledWhileWriting_FileIsSoundAndHoldsExactlyTheBatchesThatCommitted)
{
    ChildKiller killer(QStringLiteral(KILL_CHILD_PATH), m_path, fileSystem());

    // Once to the end: it works, and how long a batch writes says where to aim the kills.
    copyTemplate();
    const ChildReport whole = killer.run(arguments(), ChildKiller::Kill{0, {}, true});
    ASSERT_FALSE(whole.killed);
    ASSERT_EQ(whole.exitCode, 0) << whole.errors.toStdString();
    ASSERT_EQ(whole.committed, batches());
    expectSound(whole);
    // From a batch's first write to its commit is where a kill matters: in WAL mode that is only the
    // commit, a small part of the batch.
    qint64 perBatchUs =
        std::max<qint64>(std::min(whole.elapsed.count() / batches(), whole.afterWrite.count()), 100);

    const unsigned seed = std::random_device{}();
    SCOPED_TRACE(::testing::Message() << "random seed " << seed);
    std::mt19937 random(seed);
    int kills = 0;
    int midBatch = 0;
    for (int round = 0; kills < killsPerCase && round < 4 * killsPerCase; ++round) {
        SCOPED_TRACE(::testing::Message() << "round " << round);
        copyTemplate();
        const ChildKiller::Kill kill{
            std::uniform_int_distribution<int>(0, batches() - 1)(random),
            std::chrono::microseconds(std::uniform_int_distribution<qint64>(0, perBatchUs)(random))};
        const ChildReport report = killer.run(arguments(), kill);
        if (report.killed) {
            ++kills;
            if (report.begun > report.committed)
                ++midBatch;
        } else {
            ASSERT_EQ(report.exitCode, 0) << report.errors.toStdString();
        }
        // A kill that came after the commit aims too late: the next aims earlier (a loaded machine
        // writes slower in the first run than in later ones).
        if (!report.killed || report.begun == report.committed)
            perBatchUs = std::max<qint64>(perBatchUs * 3 / 4, 100);
        expectSound(report);
        if (HasFatalFailure() || HasNonfatalFailure())
            return;
    }
    EXPECT_EQ(kills, killsPerCase);
    // Most kills should land inside a batch, not between two.
    EXPECT_GE(midBatch, killsPerCase / 3) << midBatch << " of " << kills << " kills landed inside a batch";
    RecordProperty("kills", kills);
    RecordProperty("killsInsideABatch", midBatch);
}

INSTANTIATE_TEST_SUITE_P(
    Operations, KillTest,
    ::testing::Values(KillCase{Operation::Import, "local"}, KillCase{Operation::Import, "network"},
                      KillCase{Operation::Rescore, "local"}, KillCase{Operation::Rescore, "network"},
                      KillCase{Operation::Route, "local"}, KillCase{Operation::Route, "network"},
                      KillCase{Operation::Migrate, "local"}, KillCase{Operation::Migrate, "network"}),
    caseName);

} // namespace
} // namespace baton::test
