#include "dialogs/CloseOpportunityDialog.h"

#include "dialogs/CommentDialog.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace baton {
namespace {

TEST(CloseOpportunityDialog, Lost_OkWaitsForTheReason)
{
    CloseOpportunityDialog dialog(QStringLiteral("Jane Doe"), false);

    EXPECT_FALSE(dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("   "));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Went with a competitor"));

    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.reason(), QStringLiteral("Went with a competitor"));
    EXPECT_FALSE(dialog.won());
}

TEST(CloseOpportunityDialog, Won_OkWithoutANote)
{
    CloseOpportunityDialog dialog(QStringLiteral("Jane Doe"), true);

    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.reason().isEmpty());
    EXPECT_TRUE(dialog.won());
}

TEST(CommentDialog, OkWaitsForWords)
{
    CommentDialog dialog(QStringLiteral("Jane Doe"));

    EXPECT_FALSE(dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.bodyEdit(), QStringLiteral(" Call booked "));

    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.body(), QStringLiteral("Call booked"));
}

} // namespace
} // namespace baton
