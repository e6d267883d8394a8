#include "startup/DemoFileBuilder.h"

#include "storage/DatabaseOpener.h"
#include "storage/UserRepository.h"
#include "support/TestData.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>

namespace baton::test {
namespace {

constexpr qint64 smallFile = 300;

/// The names in a folder, hidden ones too, separated by spaces.
std::string listing(const QString &folder)
{
    const QDir::Filters everything = QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;
    return QDir(folder).entryList(everything, QDir::Name).join(u' ').toStdString();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(content), content.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Presses Cancel in the progress dialog as soon as the builder's event loop runs. The call is
/// posted before build() starts its worker, so it is handled before the worker's "finished".
class CancelPress {
public:
    CancelPress()
    {
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                for (QWidget *widget : QApplication::topLevelWidgets()) {
                    if (auto *progress = qobject_cast<QProgressDialog *>(widget)) {
                        if (auto *cancel = progress->findChild<QPushButton *>()) {
                            cancel->click();
                            m_pressed = true;
                        }
                    }
                }
            },
            Qt::QueuedConnection);
    }

    bool pressed() const { return m_pressed; }

private:
    QObject m_context; // destroyed with the press: an unhandled call goes with it
    bool m_pressed = false;
};

class DemoFileBuilderTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    Result<DemoFileBuilder::Outcome> build(const QString &at)
    {
        return DemoFileBuilder::build(at, smallFile, referenceTime(), nullptr);
    }

    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("baton"));
    QString path = dir.filePath(QStringLiteral("baton/demo.baton"));
};

TEST_F(DemoFileBuilderTest, Build_SmallFileInAFolderNotYetThere_CreatesABatonFileWithLeadsAndUsers)
{
    const auto built = build(path);

    ASSERT_TRUE(built.ok()) << built.error().message.toStdString();
    EXPECT_EQ(*built, DemoFileBuilder::Outcome::Created);
    EXPECT_EQ(listing(folder), "demo.baton");
    auto opened = DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    const auto leads = (*opened)->queryInt("SELECT COUNT(*) FROM leads");
    ASSERT_TRUE(leads.ok());
    EXPECT_EQ(*leads, smallFile);
    const auto users = UserRepository(**opened).all();
    ASSERT_TRUE(users.ok());
    EXPECT_FALSE(users->empty());
}

TEST_F(DemoFileBuilderTest, Build_FolderCannotBeCreated_FailsNamingTheFolderAndLeavesNothing)
{
    writeFile(dir.filePath(QStringLiteral("blocker")), "a file where a folder should go");
    const QString unreachable = dir.filePath(QStringLiteral("blocker/baton"));

    const auto built = build(unreachable + QStringLiteral("/demo.baton"));

    ASSERT_FALSE(built.ok());
    EXPECT_EQ(built.error().kind, ErrorKind::Io);
    EXPECT_TRUE(built.error().message.contains(unreachable)) << built.error().message.toStdString();
    EXPECT_EQ(listing(dir.path()), "blocker");
}

TEST_F(DemoFileBuilderTest, Build_Cancelled_LeavesNoFileAndNoTemporaryFile)
{
    CancelPress cancel;

    const auto built = build(path);

    EXPECT_TRUE(cancel.pressed());
    ASSERT_TRUE(built.ok()) << built.error().message.toStdString();
    EXPECT_EQ(*built, DemoFileBuilder::Outcome::Cancelled);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(listing(folder), "");
}

TEST_F(DemoFileBuilderTest, Build_TemporaryFileLeftByAnEarlierRun_IsReplaced)
{
    ASSERT_TRUE(QDir().mkpath(folder));
    writeFile(path + QStringLiteral(".part"), "half of a file from a run that crashed");

    const auto built = build(path);

    ASSERT_TRUE(built.ok()) << built.error().message.toStdString();
    EXPECT_EQ(*built, DemoFileBuilder::Outcome::Created);
    EXPECT_EQ(listing(folder), "demo.baton");
    EXPECT_TRUE(DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist).ok());
}

TEST_F(DemoFileBuilderTest, Build_FileAlreadyAtThePath_FailsAndLeavesItUntouched)
{
    ASSERT_TRUE(QDir().mkpath(folder));
    writeFile(path, "somebody's file");

    const auto built = build(path);

    ASSERT_FALSE(built.ok());
    EXPECT_EQ(built.error().kind, ErrorKind::Io);
    EXPECT_TRUE(built.error().message.contains(path)) << built.error().message.toStdString();
    EXPECT_EQ(readFile(path), QByteArray("somebody's file"));
    EXPECT_EQ(listing(folder), "demo.baton");
}

} // namespace
} // namespace baton::test
