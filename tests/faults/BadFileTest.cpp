#include "storage/Database.h"
#include "storage/DatabaseOpener.h"
#include "storage/LeadRepository.h"
#include "support/FileHash.h"
#include "support/ScopedEnvironment.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

/// The files a person may point Baton at by mistake, each met the way both front ends meet it:
/// through DatabaseOpener. Every one gets a sentence saying what is wrong and what to do, and
/// leaves the file byte for byte as it was, with nothing new beside it.
class BadFileTest : public ::testing::Test {
protected:
    /// A closed Baton file with the team and 300 leads: several pages, so it can be cut short.
    QString batonFile(const char *name)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        auto db = DatabaseOpener::open(path);
        EXPECT_TRUE(db.ok());
        addTeam(**db);
        for (int index = 0; index < 300; ++index) {
            LeadSpec spec;
            spec.name = QStringLiteral("Lead %1").arg(index);
            spec.stage = Stage::Nurture;
            addLead(**db, spec);
        }
        return path;
    }

    void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    /// Opens it, expects the refusal and its words, and that the folder is as it was.
    void expectRefused(const QString &path, ErrorKind kind, const QString &words,
                       std::chrono::milliseconds busyLimit = DatabaseOpener::defaultBusyLimit)
    {
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        auto db = DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist, busyLimit);
        ASSERT_FALSE(db.ok());
        EXPECT_EQ(db.error().kind, kind) << db.error().message.toStdString();
        EXPECT_TRUE(db.error().message.contains(words)) << db.error().message.toStdString();
        EXPECT_TRUE(db.error().message.contains(QStringLiteral("left unchanged")))
            << db.error().message.toStdString();
        EXPECT_EQ(fileHash(path), before);
        EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
    }

    QTemporaryDir m_dir;
};

TEST_F(BadFileTest, TruncatedCopy_RefusedAsDamagedAndUnchanged)
{
    const QString whole = batonFile("whole.baton");
    QFile file(whole);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_GT(bytes.size(), 8 * 4096);
    const QString cut = m_dir.filePath(QStringLiteral("cut.baton"));
    write(cut, bytes.left(bytes.size() / 2));

    expectRefused(cut, ErrorKind::Damaged,
                  QStringLiteral("is damaged: it is shorter than its own header says"));
}

TEST_F(BadFileTest, RandomBytes_RefusedAsNotADatabaseAndUnchanged)
{
    QByteArray noise(64 * 1024, '\0');
    QRandomGenerator random(20261202);
    for (char &byte : noise)
        byte = static_cast<char>(random.bounded(256));
    const QString path = m_dir.filePath(QStringLiteral("noise.baton"));
    write(path, noise);

    expectRefused(path, ErrorKind::NotADatabase, QStringLiteral("it is not an SQLite database"));
}

TEST_F(BadFileTest, NewerFileFormat_RefusedAndUnchanged)
{
    const QString path = batonFile("newer.baton");
    {
        auto raw = Database::openRaw(path, Database::Access::ReadWrite, false);
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE((*raw)->exec("PRAGMA user_version = 999").ok());
    }
    expectRefused(path, ErrorKind::NewerSchema, QStringLiteral("written by a newer Baton (file format 999"));
}

TEST_F(BadFileTest, ReadOnlyFile_OpensReadOnlyRefusesAWriteAndIsUnchanged)
{
    const QString path = batonFile("shared.baton");
    constexpr auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    ASSERT_TRUE(QFile::setPermissions(path, readOnly));
    const QByteArray before = fileHash(path);
    {
        auto db = DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_TRUE((*db)->isReadOnly());
        Lead lead;
        lead.person.name = QStringLiteral("One More");
        lead.person.email = QStringLiteral("one.more@x.test");
        lead.createdAt = referenceTime();
        auto inserted = LeadRepository(**db).insert(lead);
        ASSERT_FALSE(inserted.ok());
        EXPECT_EQ(inserted.error().kind, ErrorKind::ReadOnly) << inserted.error().message.toStdString();
    }
    EXPECT_EQ(fileHash(path), before);
    QFile::setPermissions(path, readOnly | QFileDevice::WriteOwner);
}

/// A colleague's program holds the file locked, in either journal.
class LockedFileTest
    : public BadFileTest
    , public ::testing::WithParamInterface<const char *> {};

TEST_P(LockedFileTest, LockedByAnotherProgram_SaysSoAfterTheWaitAndIsUnchanged)
{
    const QString path = batonFile("locked.baton");
    {
        // The journal the file will be met with: WAL on a local disk, a rollback journal on a share.
        ScopedEnvironment environment("BATON_FILESYSTEM", GetParam());
        ASSERT_TRUE(DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist).ok());
    }
    QProcess holder;
    holder.start(QStringLiteral(KILL_CHILD_PATH), {QStringLiteral("lock"), path});
    ASSERT_TRUE(holder.waitForReadyRead(30'000)) << holder.readAllStandardError().toStdString();
    ASSERT_EQ(holder.readLine().trimmed(), QByteArray("locked"));

    ScopedEnvironment environment("BATON_FILESYSTEM", GetParam());
    expectRefused(path, ErrorKind::Busy, QStringLiteral("stayed locked by another program"),
                  std::chrono::milliseconds(300));

    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(30'000));
    EXPECT_EQ(holder.exitCode(), 0) << holder.readAllStandardError().toStdString();
    // Once the colleague is done, it opens.
    EXPECT_TRUE(DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist).ok());
}

INSTANTIATE_TEST_SUITE_P(Journals, LockedFileTest, ::testing::Values("local", "network"),
                         [](const ::testing::TestParamInfo<const char *> &info) {
                             return std::string(info.param) == "local" ? std::string("Wal")
                                                                       : std::string("RollbackJournal");
                         });

} // namespace
} // namespace baton::test
