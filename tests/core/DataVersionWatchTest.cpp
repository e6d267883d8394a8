#include "storage/DataVersionWatch.h"

#include "storage/Database.h"
#include "storage/DatabaseOpener.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class DataVersionWatchTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("team.baton"));
        auto mine = DatabaseOpener::open(path);
        ASSERT_TRUE(mine.ok()) << mine.error().message.toStdString();
        m_mine = std::move(mine).value();
        auto colleague = DatabaseOpener::open(path);
        ASSERT_TRUE(colleague.ok()) << colleague.error().message.toStdString();
        m_colleague = std::move(colleague).value();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_mine;
    std::unique_ptr<Database> m_colleague;
};

TEST_F(DataVersionWatchTest, Changed_NobodyWrote_IsFalse)
{
    auto watch = DataVersionWatch::start(*m_mine);
    ASSERT_TRUE(watch.ok());
    EXPECT_FALSE(*watch->changed());
}

TEST_F(DataVersionWatchTest, Changed_AnotherConnectionWrote_IsTrueOnce)
{
    auto watch = DataVersionWatch::start(*m_mine);
    ASSERT_TRUE(watch.ok());
    ASSERT_TRUE(m_colleague->exec("INSERT INTO meta (key, value) VALUES ('note', 'x')").ok());

    EXPECT_TRUE(*watch->changed());
    EXPECT_FALSE(*watch->changed());
}

TEST_F(DataVersionWatchTest, Changed_OwnWrite_IsFalse)
{
    auto watch = DataVersionWatch::start(*m_mine);
    ASSERT_TRUE(watch.ok());
    ASSERT_TRUE(m_mine->exec("INSERT INTO meta (key, value) VALUES ('note', 'x')").ok());

    EXPECT_FALSE(*watch->changed());
}

} // namespace
} // namespace baton::test
