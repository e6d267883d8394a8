#include "storage/Database.h"
#include "storage/DatabaseOpener.h"
#include "storage/OpenStateText.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

constexpr auto readOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther; // 0444
constexpr auto readOnlyFolder =
    readOnlyFile | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther; // 0555
constexpr auto writableFile = readOnlyFile | QFileDevice::WriteOwner;                     // 0644
constexpr auto writableFolder = readOnlyFolder | QFileDevice::WriteOwner;                 // 0755

/// A current Baton file in its own folder; permissions are put back so the folder can be removed.
class ReadOnlyFileTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("team.baton"));
        auto db = DatabaseOpener::open(m_path);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        ASSERT_TRUE((*db)->exec("INSERT INTO users(login, name, role) VALUES ('maya', 'Maya', 'sdr')").ok());
    }
    void TearDown() override
    {
        QFile::setPermissions(m_dir.path(), writableFolder);
        QFile::setPermissions(m_path, writableFile);
    }

    std::unique_ptr<Database> openFile(DatabaseOpener::Mode mode = DatabaseOpener::Mode::MustExist)
    {
        auto db = DatabaseOpener::open(m_path, mode);
        EXPECT_TRUE(db.ok()) << db.error().message.toStdString();
        return db ? std::move(db).value() : nullptr;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

void expectWritesRefused(Database &db)
{
    auto write = db.exec("INSERT INTO users(login, name, role) VALUES ('sam', 'Sam', 'sdr')");
    ASSERT_FALSE(write.ok());
    EXPECT_EQ(write.error().kind, ErrorKind::ReadOnly) << write.error().message.toStdString();
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM users WHERE login = 'sam'"), 0);
}

TEST_F(ReadOnlyFileTest, Open_FileWithoutWritePermission_OpensReadOnlyNamingTheFile)
{
    ASSERT_TRUE(QFile::setPermissions(m_path, readOnlyFile));

    const auto db = openFile();
    ASSERT_TRUE(db);
    EXPECT_TRUE(db->isReadOnly());
    EXPECT_EQ(db->openState().readOnly, OpenState::ReadOnlyReason::File);
    EXPECT_TRUE(db->openState().isReadOnlyFile());
    EXPECT_EQ(OpenStateText::readOnlyBanner(db->openState()),
              QStringLiteral("Read-only: the file is not writable. Changes are off."));
    EXPECT_EQ(*db->queryInt("SELECT count(*) FROM users WHERE login = 'maya'"), 1);
    // Also for the superuser, whom the permission bits would not stop: the connection is read-only.
    expectWritesRefused(*db);
}

TEST_F(ReadOnlyFileTest, Open_FolderWithoutWritePermission_OpensReadOnlyNamingTheFolder)
{
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), readOnlyFolder));

    const auto db = openFile();
    ASSERT_TRUE(db);
    EXPECT_TRUE(db->isReadOnly());
    EXPECT_EQ(db->openState().readOnly, OpenState::ReadOnlyReason::Folder);
    EXPECT_EQ(OpenStateText::readOnlyReason(db->openState()), QStringLiteral("its folder is not writable"));
    EXPECT_EQ(*db->queryInt("SELECT count(*) FROM users"), 1);
    expectWritesRefused(*db);
}

TEST_F(ReadOnlyFileTest, Open_FileAndFolderReadOnly_NamesTheFile)
{
    ASSERT_TRUE(QFile::setPermissions(m_path, readOnlyFile));
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), readOnlyFolder));

    const auto db = openFile();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->openState().readOnly, OpenState::ReadOnlyReason::File);
}

TEST_F(ReadOnlyFileTest, Open_ReadOnlyOnRequest_IsNotReportedAsAReadOnlyFile)
{
    const auto db = openFile(DatabaseOpener::Mode::ReadOnly);
    ASSERT_TRUE(db);
    EXPECT_TRUE(db->isReadOnly());
    EXPECT_EQ(db->openState().readOnly, OpenState::ReadOnlyReason::Requested);
    EXPECT_FALSE(db->openState().isReadOnlyFile());
    EXPECT_TRUE(OpenStateText::readOnlyBanner(db->openState()).startsWith(QStringLiteral("Read-only: ")));
}

TEST_F(ReadOnlyFileTest, Open_WritableFile_HasNoReason)
{
    const auto db = openFile();
    ASSERT_TRUE(db);
    EXPECT_FALSE(db->isReadOnly());
    EXPECT_EQ(db->openState().readOnly, OpenState::ReadOnlyReason::None);
    EXPECT_TRUE(OpenStateText::readOnlyBanner(db->openState()).isEmpty());
}

TEST_F(ReadOnlyFileTest, Open_NewFileInReadOnlyFolder_IsRefusedAsReadOnly)
{
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), readOnlyFolder));

    auto db = DatabaseOpener::open(m_dir.filePath(QStringLiteral("new.baton")));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, ErrorKind::ReadOnly);
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("new.baton"))));
}

} // namespace
} // namespace baton::test
