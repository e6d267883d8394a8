#include "storage/DatabaseOpener.h"

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "support/FileHash.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace baton;
using baton::test::fileHash;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

class DatabaseOpenerTest : public ::testing::Test {
protected:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    /// A current Baton file at path, closed.
    void makeBatonFile(const QString &file)
    {
        auto db = DatabaseOpener::open(file);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    }

    void expectRefusedAndUnchanged(const QString &file, ErrorKind kind)
    {
        const QByteArray before = fileHash(file);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        auto db = DatabaseOpener::open(file);
        ASSERT_FALSE(db.ok());
        EXPECT_EQ(db.error().kind, kind) << db.error().message.toStdString();
        EXPECT_FALSE(db.error().message.isEmpty());
        EXPECT_EQ(fileHash(file), before);
        EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(DatabaseOpenerTest, Open_MissingFile_CreatesMigratedBatonFile)
{
    auto db = DatabaseOpener::open(path("new.baton"));
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(*(*db)->queryInt("PRAGMA user_version"), Schema::currentVersion());
    EXPECT_EQ(*(*db)->queryInt("PRAGMA application_id"), Schema::applicationId);
    EXPECT_EQ(*(*db)->queryInt("PRAGMA foreign_keys"), 1);
    auto journal = (*db)->prepare("PRAGMA journal_mode");
    ASSERT_TRUE(journal.ok());
    ASSERT_TRUE(*journal->step());
    EXPECT_EQ(journal->text(0), QStringLiteral("wal"));
}

TEST_F(DatabaseOpenerTest, Open_MissingFileWhenItMustExist_NotFound)
{
    auto db = DatabaseOpener::open(path("absent.baton"), DatabaseOpener::Mode::MustExist);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, ErrorKind::NotFound);
    EXPECT_FALSE(QFile::exists(path("absent.baton")));
}

TEST_F(DatabaseOpenerTest, Open_ZeroByteFile_BecomesABatonFile)
{
    writeFile(path("empty.baton"), {});
    auto db = DatabaseOpener::open(path("empty.baton"));
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(*(*db)->queryInt("PRAGMA user_version"), Schema::currentVersion());
}

TEST_F(DatabaseOpenerTest, Open_CurrentFileAgain_KeepsItsData)
{
    makeBatonFile(path("keep.baton"));
    {
        auto db = DatabaseOpener::open(path("keep.baton"));
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->exec("INSERT INTO users (login, name, role) VALUES ('a', 'A', 'sdr')").ok());
    }
    auto db = DatabaseOpener::open(path("keep.baton"), DatabaseOpener::Mode::MustExist);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(*(*db)->queryInt("SELECT count(*) FROM users"), 1);
}

TEST_F(DatabaseOpenerTest, Open_FileFromNewerBaton_RefusedAndUnchanged)
{
    const QString file = path("newer.baton");
    makeBatonFile(file);
    {
        auto raw = Database::openRaw(file, Database::Access::ReadWrite, false);
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE((*raw)->exec("PRAGMA journal_mode = DELETE").ok());
        ASSERT_TRUE((*raw)->exec("PRAGMA user_version = 99").ok());
    }
    expectRefusedAndUnchanged(file, ErrorKind::NewerSchema);
    auto db = DatabaseOpener::open(file);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer Baton")));
}

TEST_F(DatabaseOpenerTest, Open_CsvFile_RefusedAsNotADatabaseAndUnchanged)
{
    writeFile(path("leads.csv"), "email,name\njane@example.com,Jane\n");
    expectRefusedAndUnchanged(path("leads.csv"), ErrorKind::NotADatabase);
}

TEST_F(DatabaseOpenerTest, Open_RandomBytes_RefusedAsNotADatabaseAndUnchanged)
{
    QByteArray bytes(8192, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 7919 + 13) % 251);
    writeFile(path("noise.bin"), bytes);
    expectRefusedAndUnchanged(path("noise.bin"), ErrorKind::NotADatabase);
}

TEST_F(DatabaseOpenerTest, Open_TruncatedHeader_RefusedAsNotADatabaseAndUnchanged)
{
    const QString file = path("whole.baton");
    makeBatonFile(file);
    QFile whole(file);
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    writeFile(path("cut.baton"), whole.read(60));
    expectRefusedAndUnchanged(path("cut.baton"), ErrorKind::NotADatabase);
}

TEST_F(DatabaseOpenerTest, Open_SomeoneElsesSqliteDatabase_RefusedAndUnchanged)
{
    const QString file = path("other.sqlite");
    {
        auto raw = Database::openRaw(file, Database::Access::ReadWrite, true);
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE((*raw)->exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)").ok());
    }
    expectRefusedAndUnchanged(file, ErrorKind::NotABatonFile);
}

TEST_F(DatabaseOpenerTest, Open_Folder_RefusedWithClearMessage)
{
    auto db = DatabaseOpener::open(m_dir.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, ErrorKind::InvalidInput);
}

TEST_F(DatabaseOpenerTest, Open_ReadOnlyMode_RefusesWrites)
{
    const QString file = path("ro.baton");
    makeBatonFile(file);
    auto db = DatabaseOpener::open(file, DatabaseOpener::Mode::ReadOnly);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_TRUE((*db)->isReadOnly());
    EXPECT_FALSE((*db)->exec("INSERT INTO users (login, name, role) VALUES ('a', 'A', 'sdr')").ok());
}

TEST_F(DatabaseOpenerTest, Open_OlderFileReadOnlyByRequest_SaysHowToUpgradeAndLeavesIt)
{
    const QString file = path("older.baton");
    {
        auto raw = Database::openRaw(file, Database::Access::ReadWrite, true);
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE(Schema::migrateTo(**raw, Schema::currentVersion() - 1).ok());
    }
    auto db = DatabaseOpener::open(file, DatabaseOpener::Mode::ReadOnly);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, ErrorKind::ReadOnly);
    const QString message = db.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("file format %1").arg(Schema::currentVersion() - 1)))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("only reads"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("it is read-only"))) << message.toStdString();
    auto raw = Database::openRaw(file, Database::Access::ReadOnly, false);
    ASSERT_TRUE(raw.ok());
    EXPECT_EQ(*(*raw)->queryInt("PRAGMA user_version"), Schema::currentVersion() - 1);
}

TEST_F(DatabaseOpenerTest, Open_FileWithLeadsButNoStatistics_GathersThem)
{
    const QString file = path("stats.baton");
    {
        auto db = DatabaseOpener::open(file);
        ASSERT_TRUE(db.ok());
        DemoOptions options;
        options.leads = 1500;
        options.now = QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC);
        ASSERT_TRUE(DemoGenerator::generate(**db, options).ok());
        ASSERT_TRUE((*db)->exec("DROP TABLE IF EXISTS sqlite_stat1").ok());
    }
    auto db = DatabaseOpener::open(file, DatabaseOpener::Mode::MustExist);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_GT(*(*db)->queryInt("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'leads'"), 0);
}

TEST_F(DatabaseOpenerTest, Open_VersionOneFile_MigratedToCurrentKeepingItsData)
{
    const QString file = path("version1.baton");
    {
        auto raw = Database::openRaw(file, Database::Access::ReadWrite, true);
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE(Schema::migrateTo(**raw, 1).ok());
        ASSERT_EQ(*(*raw)->queryInt("PRAGMA user_version"), 1);
        ASSERT_TRUE(
            (*raw)
                ->exec("INSERT INTO users (login, name, role) VALUES ('mark.m', 'Mark', 'marketing_manager')")
                .ok());
        ASSERT_TRUE(
            (*raw)
                ->exec("INSERT INTO leads (id, name, email, created_at, stage, stage_changed_at) "
                       "VALUES (1, 'Ann', 'ann@x.test', 100, 'nurture', 100), "
                       "(2, 'Bob', 'bob@x.test', 100, 'nurture', 100);"
                       "INSERT INTO events (lead_id, type, occurred_at) VALUES (1, 'page_view', 200), "
                       "(1, 'download', 500), (1, 'page_view', 300)")
                .ok());
    }
    auto db = DatabaseOpener::open(file, DatabaseOpener::Mode::MustExist);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(Schema::currentVersion(), 14);
    EXPECT_EQ(*(*db)->queryInt("PRAGMA user_version"), 14);
    EXPECT_EQ(*(*db)->queryInt("SELECT last_event_at FROM leads WHERE id = 1"), 500);
    EXPECT_EQ(*(*db)->queryInt("SELECT last_event_at IS NULL FROM leads WHERE id = 2"), 1);
    EXPECT_EQ(*(*db)->queryInt("SELECT count(*) FROM handoffs"), 0);
    EXPECT_EQ(*(*db)->queryInt("SELECT count(*) FROM users"), 1);
    EXPECT_EQ(*(*db)->queryInt("SELECT count(*) FROM definition_versions"), 0);
    EXPECT_EQ(*(*db)->queryInt("SELECT count(*) FROM definition_signatures"), 0);
}

TEST_F(DatabaseOpenerTest, Open_FileOneVersionAheadOfThisBaton_RefusedAndUnchanged)
{
    const QString file = path("ahead.baton");
    makeBatonFile(file);
    {
        auto raw = Database::openRaw(file, Database::Access::ReadWrite, false);
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE((*raw)->exec("PRAGMA journal_mode = DELETE").ok());
        ASSERT_TRUE((*raw)
                        ->exec(QStringLiteral("PRAGMA user_version = %1")
                                   .arg(Schema::currentVersion() + 1)
                                   .toStdString())
                        .ok());
    }
    expectRefusedAndUnchanged(file, ErrorKind::NewerSchema);
}
