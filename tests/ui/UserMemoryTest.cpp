#include "session/UserMemory.h"

#include "SettingsSandbox.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class UserMemoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(sandbox.isValid());
        ASSERT_TRUE(files.isValid());
        ASSERT_TRUE(QSettings().fileName().startsWith(sandbox.folder()));
    }

    QString file(const QString &name) const { return files.filePath(name); }

    SettingsSandbox sandbox;
    QTemporaryDir files;
    UserMemory memory;
};

TEST_F(UserMemoryTest, Recall_NothingRemembered_ReturnsNothing)
{
    EXPECT_FALSE(memory.recall(file(QStringLiteral("leads.baton"))).has_value());
}

TEST_F(UserMemoryTest, RememberThenRecall_SameFile_ReturnsTheUser)
{
    memory.remember(file(QStringLiteral("leads.baton")), 42);

    EXPECT_EQ(memory.recall(file(QStringLiteral("leads.baton"))), 42);
}

TEST_F(UserMemoryTest, Remember_TwoFiles_EachKeepsItsOwnUser)
{
    memory.remember(file(QStringLiteral("north.baton")), 3);
    memory.remember(file(QStringLiteral("emea.baton")), 7);

    EXPECT_EQ(memory.recall(file(QStringLiteral("north.baton"))), 3);
    EXPECT_EQ(memory.recall(file(QStringLiteral("emea.baton"))), 7);
    EXPECT_FALSE(memory.recall(file(QStringLiteral("other.baton"))).has_value());
}

TEST_F(UserMemoryTest, Remember_AgainForTheSameFile_TheLatestWins)
{
    memory.remember(file(QStringLiteral("leads.baton")), 3);
    memory.remember(file(QStringLiteral("leads.baton")), 5);

    EXPECT_EQ(memory.recall(file(QStringLiteral("leads.baton"))), 5);
}

TEST_F(UserMemoryTest, Recall_AnotherInstance_SeesWhatWasRemembered)
{
    memory.remember(file(QStringLiteral("leads.baton")), 9);

    EXPECT_EQ(UserMemory().recall(file(QStringLiteral("leads.baton"))), 9);
}

TEST_F(UserMemoryTest, Recall_RelativeSpellingOfTheSameFile_ReturnsTheUser)
{
    memory.remember(file(QStringLiteral("leads.baton")), 4);
    const QString previous = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(files.path()));

    const auto recalled = memory.recall(QStringLiteral("leads.baton"));

    QDir::setCurrent(previous);
    EXPECT_EQ(recalled, 4);
}

} // namespace
} // namespace baton::test
