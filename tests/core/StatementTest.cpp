#include "storage/Statement.h"

#include "support/TestFile.h"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

using namespace baton;

namespace {

/// Each text as written and read back through a scratch table.
std::vector<QString> roundTrip(Database &db, const std::vector<QString> &texts)
{
    EXPECT_TRUE(db.exec("CREATE TEMP TABLE IF NOT EXISTS t (n INTEGER, v TEXT); DELETE FROM t").ok());
    auto insert = db.prepare("INSERT INTO t (n, v) VALUES (?1, ?2)");
    EXPECT_TRUE(insert.ok());
    for (size_t i = 0; i < texts.size(); ++i) {
        insert->bind(1, static_cast<qint64>(i));
        insert->bind(2, texts[i]);
        EXPECT_TRUE(insert->run().ok());
        insert->reset();
    }
    std::vector<QString> read;
    auto select = db.prepare("SELECT v FROM t ORDER BY n");
    EXPECT_TRUE(select.ok());
    EXPECT_TRUE(select->forEachRow([&](const Statement &row) { read.push_back(row.text(0)); }).ok());
    return read;
}

} // namespace

TEST(Statement, TextBoundRowAfterRow_EachRowKeepsItsOwnValue)
{
    test::TestFile file;
    // Longer, shorter, non-ASCII, empty, null, and one past the reused buffer's size.
    const std::vector<QString> texts{QStringLiteral("a much longer first value"),
                                     QStringLiteral("b"),
                                     QStringLiteral("Zoë Ørsted – Straße"),
                                     QStringLiteral(""),
                                     QString(),
                                     QString(5000, QLatin1Char('x')),
                                     QStringLiteral("after the long one")};
    const std::vector<QString> read = roundTrip(file.db(), texts);
    ASSERT_EQ(read.size(), texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
        EXPECT_EQ(read[i], texts[i]) << i;
        EXPECT_EQ(read[i].isNull(), texts[i].isNull()) << i;
    }
}

TEST(Statement, MovedOrGrownAfterBinding_StepsWithTheValuesBound)
{
    test::TestFile file;
    auto prepared = file.db().prepare("SELECT ?1 || '/' || ?2 || '/' || ?5");
    ASSERT_TRUE(prepared.ok());
    // The first value is bound before the later parameters make room for theirs.
    prepared->bind(1, QStringLiteral("short"));
    prepared->bind(5, QStringLiteral("five"));
    prepared->bind(2, QStringLiteral("a value long enough to live on the heap"));
    Statement moved(std::move(prepared).value());
    auto row = moved.step();
    ASSERT_TRUE(row.ok());
    ASSERT_TRUE(*row);
    EXPECT_EQ(moved.text(0), QStringLiteral("short/a value long enough to live on the heap/five"));
}
