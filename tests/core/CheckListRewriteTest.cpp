#include "storage/CheckListRewrite.h"

#include <gtest/gtest.h>

using namespace baton;

TEST(CheckListRewrite, ListOfThree_WrittenAsOrsOfEqualities)
{
    EXPECT_EQ(
        CheckListRewrite::asOrs(QStringLiteral("kind TEXT CHECK (kind IN ('draft', 'proposal', 'final'))")),
        QStringLiteral("kind TEXT CHECK ((kind = 'draft' OR kind = 'proposal' OR kind = 'final'))"));
}

TEST(CheckListRewrite, ListAcrossLines_EveryValueKept)
{
    const QString sql = QStringLiteral("stage TEXT NOT NULL CHECK (stage IN ('nurture', 'mql', 'sal',\n"
                                       "                  'rejected')),\n  owner_id INTEGER");
    EXPECT_EQ(
        CheckListRewrite::asOrs(sql),
        QStringLiteral("stage TEXT NOT NULL CHECK ((stage = 'nurture' OR stage = 'mql' OR stage = 'sal' OR "
                       "stage = 'rejected')),\n  owner_id INTEGER"));
}

TEST(CheckListRewrite, ShortListsNumbersAndNotIn_LeftAsTheyAre)
{
    // Two values SQLite already compares in place; numbers and NOT IN are not Baton's lists.
    for (const QString &sql :
         {QStringLiteral("CHECK (team IN ('marketing', 'sales'))"),
          QStringLiteral("CHECK (flag IN (0, 1, 2))"), QStringLiteral("CHECK (stage NOT IN ('a', 'b', 'c'))"),
          QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)")})
        EXPECT_EQ(CheckListRewrite::asOrs(sql), sql) << sql.toStdString();
}

TEST(CheckListRewrite, SeveralListsAndQuotedQuotes_EachRewritten)
{
    EXPECT_EQ(CheckListRewrite::asOrs(QStringLiteral("a IN ('x', 'it''s', 'z'), b TEXT, c in ('1','2','3')")),
              QStringLiteral("(a = 'x' OR a = 'it''s' OR a = 'z'), b TEXT, (c = '1' OR c = '2' OR c = '3')"));
}
