#include "storage/Database.h"
#include "storage/DatabaseOpener.h"
#include "storage/FileSystemProbe.h"
#include "storage/OpenStateText.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

QString journalOf(Database &db)
{
    auto journal = db.prepare("PRAGMA journal_mode");
    if (!journal || !*journal->step())
        return {};
    return journal->text(0);
}

/// Runs each test with BATON_FILESYSTEM set as the test asks, restored afterwards.
class SharedFileTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_hadValue = qEnvironmentVariableIsSet("BATON_FILESYSTEM");
        m_previous = qgetenv("BATON_FILESYSTEM");
        ASSERT_TRUE(m_dir.isValid());
    }
    void TearDown() override
    {
        if (m_hadValue)
            qputenv("BATON_FILESYSTEM", m_previous);
        else
            qunsetenv("BATON_FILESYSTEM");
    }

    static void pretend(const char *kind) { qputenv("BATON_FILESYSTEM", kind); }
    QString path() const { return m_dir.filePath(QStringLiteral("team.baton")); }

    QTemporaryDir m_dir;

private:
    bool m_hadValue = false;
    QByteArray m_previous;
};

TEST_F(SharedFileTest, Open_LocalDisk_UsesWal)
{
    pretend("local");
    auto db = DatabaseOpener::open(path());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();

    EXPECT_EQ(journalOf(**db), QStringLiteral("wal"));
    const OpenState &state = (*db)->openState();
    EXPECT_FALSE(state.mount.isNetwork());
    EXPECT_EQ(state.journalMode, QStringLiteral("wal"));
    EXPECT_TRUE(state.memoryMapped);
    EXPECT_EQ(OpenStateText::storage(state), QStringLiteral("local disk: WAL"));
}

TEST_F(SharedFileTest, Open_NetworkShare_UsesRollbackJournalWithoutMemoryMapping)
{
    pretend("network");
    auto db = DatabaseOpener::open(path());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();

    EXPECT_EQ(journalOf(**db), QStringLiteral("delete"));
    EXPECT_EQ(*(*db)->queryInt("PRAGMA mmap_size"), 0);
    EXPECT_EQ(*(*db)->queryInt("PRAGMA synchronous"), 2); // FULL
    const OpenState &state = (*db)->openState();
    EXPECT_TRUE(state.mount.isNetwork());
    EXPECT_TRUE(state.mount.overridden);
    EXPECT_EQ(state.journalMode, QStringLiteral("delete"));
    EXPECT_FALSE(state.memoryMapped);
    EXPECT_TRUE(OpenStateText::storage(state).startsWith(QStringLiteral("network share")));
    EXPECT_TRUE(
        OpenStateText::storage(state).contains(QStringLiteral("rollback journal, no memory mapping")));
}

TEST_F(SharedFileTest, Open_WalFileMovedToANetworkShare_IsSwitchedToRollbackJournal)
{
    pretend("local");
    {
        auto local = DatabaseOpener::open(path());
        ASSERT_TRUE(local.ok()) << local.error().message.toStdString();
        ASSERT_EQ(journalOf(**local), QStringLiteral("wal"));
    }

    pretend("network");
    {
        auto shared = DatabaseOpener::open(path(), DatabaseOpener::Mode::MustExist);
        ASSERT_TRUE(shared.ok()) << shared.error().message.toStdString();
        EXPECT_EQ(journalOf(**shared), QStringLiteral("delete"));
        EXPECT_EQ((*shared)->openState().journalMode, QStringLiteral("delete"));
        ASSERT_TRUE((*shared)->exec("CREATE TABLE scratch(x)").ok());
        EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
    }

    // The change is in the file: a reader after it sees a rollback-journal file.
    auto reader = DatabaseOpener::open(path(), DatabaseOpener::Mode::ReadOnly);
    ASSERT_TRUE(reader.ok()) << reader.error().message.toStdString();
    EXPECT_EQ((*reader)->openState().journalMode, QStringLiteral("delete"));
}

TEST_F(SharedFileTest, Open_RollbackFileBackOnALocalDisk_ReturnsToWal)
{
    pretend("network");
    ASSERT_TRUE(DatabaseOpener::open(path()).ok());

    pretend("local");
    auto db = DatabaseOpener::open(path(), DatabaseOpener::Mode::MustExist);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(journalOf(**db), QStringLiteral("wal"));
}

TEST_F(SharedFileTest, Probe_TemporaryFolderWithoutOverride_IsReadableAndWritable)
{
    qunsetenv("BATON_FILESYSTEM");
    const MountInfo info = FileSystemProbe::probe(m_dir.path());
    EXPECT_FALSE(info.overridden);
    EXPECT_FALSE(info.readOnly);
    EXPECT_EQ(info.isNetwork(), !info.typeName.isEmpty());
}

TEST(FileSystemProbe, NetworkTypeName_KnownMagicNumbers_AreNamed)
{
    EXPECT_EQ(FileSystemProbe::networkTypeName(0x6969UL), QStringLiteral("NFS"));
    EXPECT_EQ(FileSystemProbe::networkTypeName(0x517BUL), QStringLiteral("SMB"));
    EXPECT_EQ(FileSystemProbe::networkTypeName(0xFE534D42UL), QStringLiteral("SMB2"));
    EXPECT_EQ(FileSystemProbe::networkTypeName(0xFF534D42UL), QStringLiteral("CIFS"));
    EXPECT_EQ(FileSystemProbe::networkTypeName(0x65735546UL), QStringLiteral("FUSE"));
    EXPECT_TRUE(FileSystemProbe::networkTypeName(0xEF53UL).isEmpty());     // ext4
    EXPECT_TRUE(FileSystemProbe::networkTypeName(0x01021994UL).isEmpty()); // tmpfs
}

} // namespace
} // namespace baton::test
