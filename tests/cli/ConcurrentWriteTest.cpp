#include "LeadSpecBuilder.h"
#include "ScopedEnvironment.h"
#include "storage/DatabaseOpener.h"
#include "storage/LeadRepository.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace baton::cli::test {
namespace {

struct Finished {
    int exitCode = -1;
    QString err;
};

/// Starts batonctl on the file without waiting for it, as a colleague's script would.
std::unique_ptr<QProcess> start(const QString &fileSystem, const QStringList &args)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BATON_FILESYSTEM"), fileSystem);
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(BATONCTL_PATH), args);
    return process;
}

Finished finish(QProcess &process)
{
    EXPECT_TRUE(process.waitForFinished(60'000)) << "batonctl did not finish";
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

QStringList logCall(const QString &path, qint64 leadId, const QString &note)
{
    return {QStringLiteral("--db"),
            path,
            QStringLiteral("lead"),
            QStringLiteral("log"),
            QString::number(leadId),
            QStringLiteral("--type"),
            QStringLiteral("call"),
            QStringLiteral("--outcome"),
            QStringLiteral("no_answer"),
            QStringLiteral("--note"),
            note,
            QStringLiteral("--as"),
            QStringLiteral("sam.sdr")};
}

/// A shared file with two leads owned by Sam, closed so that only the processes have it open.
class ConcurrentWriteTest : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override
    {
        const auto team = baton::test::addTeam(m_file.db());
        for (size_t index = 0; index < m_leads.size(); ++index) {
            m_leads[index] =
                baton::test::addLead(m_file.db(), LeadSpecBuilder(QStringLiteral("Lead %1").arg(index))
                                                      .stage(Stage::Sal)
                                                      .owner(team.sdr)
                                                      .spec());
        }
        m_file.close();
        // Opened once the way the processes will find it (on a network share: switched to a
        // rollback journal), so that they all meet the same journal.
        ScopedEnvironment environment("BATON_FILESYSTEM", fileSystem().toUtf8());
        ASSERT_TRUE(DatabaseOpener::open(m_file.path(), DatabaseOpener::Mode::MustExist).ok());
    }

    QString fileSystem() const { return QString::fromLatin1(GetParam()); }

    Lead lead(qint64 id)
    {
        ScopedEnvironment environment("BATON_FILESYSTEM", fileSystem().toUtf8());
        auto db = DatabaseOpener::open(m_file.path(), DatabaseOpener::Mode::MustExist);
        EXPECT_TRUE(db.ok());
        auto found = LeadRepository(**db).find(id);
        EXPECT_TRUE(found.ok());
        return found ? *found : Lead();
    }

    std::vector<Activity> activities(qint64 id)
    {
        ScopedEnvironment environment("BATON_FILESYSTEM", fileSystem().toUtf8());
        auto db = DatabaseOpener::open(m_file.path(), DatabaseOpener::Mode::MustExist);
        EXPECT_TRUE(db.ok());
        auto found = LeadRepository(**db).activities(id);
        EXPECT_TRUE(found.ok());
        return found ? *found : std::vector<Activity>();
    }

    /// `processes` batonctl processes started together, each logging a call on leadFor(worker)
    /// with the note "worker W round R"; every one must succeed without meeting a lock.
    void runAtOnce(int processes, int round, const std::function<qint64(int)> &leadFor)
    {
        std::vector<std::unique_ptr<QProcess>> running;
        for (int worker = 0; worker < processes; ++worker) {
            running.push_back(
                start(fileSystem(), logCall(m_file.path(), leadFor(worker),
                                            QStringLiteral("worker %1 round %2").arg(worker).arg(round))));
        }
        for (auto &process : running) {
            const Finished done = finish(*process);
            EXPECT_EQ(done.exitCode, 0) << done.err.toStdString();
            EXPECT_FALSE(done.err.contains(QStringLiteral("locked"))) << done.err.toStdString();
        }
    }

    baton::test::TestFile m_file;
    std::array<qint64, 2> m_leads{};
};

TEST_P(ConcurrentWriteTest, TwoProcessesEditTheSameReadVersion_OneWinsTheOtherSeesTheConflict)
{
    const qint64 id = m_leads[0];
    const qint64 readVersion = lead(id).version;
    const QStringList ifVersion{QStringLiteral("--if-version"), QString::number(readVersion)};

    auto first = start(fileSystem(), logCall(m_file.path(), id, QStringLiteral("first")) + ifVersion);
    auto second = start(fileSystem(), logCall(m_file.path(), id, QStringLiteral("second")) + ifVersion);
    const Finished a = finish(*first);
    const Finished b = finish(*second);

    ASSERT_EQ((a.exitCode == 0 ? 1 : 0) + (b.exitCode == 0 ? 1 : 0), 1)
        << a.err.toStdString() << b.err.toStdString();
    const Finished &loser = a.exitCode == 0 ? b : a;
    EXPECT_EQ(loser.exitCode, 1);
    EXPECT_TRUE(loser.err.contains(QStringLiteral("was changed by someone else after you opened it")))
        << loser.err.toStdString();
    EXPECT_TRUE(loser.err.contains(QStringLiteral("Sam Rivera logged a call (no_answer)")))
        << loser.err.toStdString();
    const auto logged = activities(id);
    ASSERT_EQ(logged.size(), 1U);
    EXPECT_EQ(logged.front().note, a.exitCode == 0 ? QStringLiteral("first") : QStringLiteral("second"));
    EXPECT_EQ(lead(id).version, readVersion + 1);
}

TEST_P(ConcurrentWriteTest, EightProcessesWriteAtOnce_EveryWriteLandsAndNoneIsBusy)
{
    constexpr int processes = 8;
    constexpr int rounds = 3;
    const qint64 versionBefore = lead(m_leads[0]).version;
    for (int round = 0; round < rounds; ++round)
        runAtOnce(processes, round,
                  [this](int worker) { return m_leads[static_cast<size_t>(worker) % m_leads.size()]; });

    const size_t perLead = static_cast<size_t>(processes * rounds) / m_leads.size();
    for (qint64 id : m_leads) {
        EXPECT_EQ(activities(id).size(), perLead);
        EXPECT_EQ(lead(id).version, versionBefore + static_cast<qint64>(perLead));
    }
}

TEST_P(ConcurrentWriteTest, EightProcessesUpdateOneLead_EveryUpdateIsAccountedFor)
{
    constexpr int processes = 8;
    constexpr int rounds = 2;
    const qint64 id = m_leads[0];
    const qint64 versionBefore = lead(id).version;
    for (int round = 0; round < rounds; ++round)
        runAtOnce(processes, round, [id](int) { return id; });

    // Each note once: none lost, none written twice.
    QStringList notes;
    for (const Activity &activity : activities(id))
        notes << activity.note;
    notes.sort();
    QStringList expected;
    for (int round = 0; round < rounds; ++round) {
        for (int worker = 0; worker < processes; ++worker)
            expected << QStringLiteral("worker %1 round %2").arg(worker).arg(round);
    }
    expected.sort();
    EXPECT_EQ(notes, expected);
    EXPECT_EQ(lead(id).version, versionBefore + processes * rounds);
    EXPECT_EQ(activities(m_leads[1]).size(), 0U);
}

INSTANTIATE_TEST_SUITE_P(Journals, ConcurrentWriteTest, ::testing::Values("local", "network"),
                         [](const ::testing::TestParamInfo<const char *> &info) {
                             return std::string(info.param) == "local" ? std::string("Wal")
                                                                       : std::string("RollbackJournal");
                         });

} // namespace
} // namespace baton::cli::test
