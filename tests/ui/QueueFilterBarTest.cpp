#include "queue/QueueFilterBar.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace baton {
namespace {

TEST(QueueFilterBar, Open_NothingChosen_FilterIsEmpty)
{
    QueueFilterBar bar;

    EXPECT_EQ(bar.filter(), QueueFilter{});
    EXPECT_FALSE(bar.isNarrowed());
}

TEST(QueueFilterBar, ChooseStageAndCampaign_FilterFollowsAtOnce)
{
    QueueFilterBar bar;
    bar.setCampaigns({Campaign{41, QStringLiteral("Webinar"), QStringLiteral("webinar"), {}},
                      Campaign{42, QStringLiteral("Whitepaper"), QStringLiteral("whitepaper"), {}}});
    QSignalSpy changed(&bar, &QueueFilterBar::filterChanged);

    bar.stageCombo()->setCurrentIndex(bar.stageCombo()->findText(QStringLiteral("SAL")));
    bar.campaignCombo()->setCurrentIndex(bar.campaignCombo()->findData(42));

    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(bar.filter().stage, Stage::Sal);
    EXPECT_EQ(bar.filter().campaignId, 42);
    EXPECT_TRUE(bar.isNarrowed());
}

TEST(QueueFilterBar, TypeSearch_ReturnPressed_AppliesWithoutWaiting)
{
    QueueFilterBar bar;
    QSignalSpy changed(&bar, &QueueFilterBar::filterChanged);

    QTest::keyClicks(bar.searchField(), QStringLiteral("  acme "));
    EXPECT_EQ(changed.count(), 0);
    QTest::keyClick(bar.searchField(), Qt::Key_Return);

    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(bar.filter().search, QStringLiteral("acme"));
}

} // namespace
} // namespace baton
