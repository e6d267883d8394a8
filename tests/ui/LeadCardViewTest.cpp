#include "card/LeadCardView.h"

#include "LeadSpecBuilder.h"
#include "UiFixture.h"
#include "services/LeadService.h"
#include "services/RejectionReviewService.h"

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class LeadCardViewTest : public ::testing::Test {
protected:
    QString cardOf(qint64 id)
    {
        LeadCardView view(fixture.session());
        view.showLead(id);
        return view.plainText().simplified();
    }

    UiFixture fixture;
    LeadService leads{fixture.db(), fixture.clock()};
    RejectionReviewService reviews{fixture.db(), fixture.clock()};
};

TEST_F(LeadCardViewTest, ShowLead_Opportunity_ReadsTheAnswersExpectedCloseAndResult)
{
    const qint64 id = fixture.addLead(aLead(QStringLiteral("Olga Berg")).stage(Stage::Sal));
    Conversion conversion = qualified(2'500'000, QStringLiteral("Two teams"));
    conversion.answers.front().note = QStringLiteral("Signed off in March");
    conversion.expectedClose = QDate(2026, 6, 30);
    ASSERT_TRUE(leads.convert(id, fixture.team().sdr, conversion).ok());
    ASSERT_TRUE(
        leads.closeOpportunity(id, fixture.team().sdr, false, QStringLiteral("No budget after all")).ok());

    const QString text = cardOf(id);

    EXPECT_TRUE(text.contains(QStringLiteral("Budget confirmed ✓ Yes Signed off in March")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Internal champion identified (optional) ? Unknown")));
    EXPECT_TRUE(text.contains(QStringLiteral("June")) || text.contains(QStringLiteral("2026-06-30")));
    EXPECT_TRUE(text.contains(QStringLiteral("Lost — No budget after all Sam")));
}

TEST_F(LeadCardViewTest, ShowLead_Commented_ShowsTheThread)
{
    const qint64 id = fixture.addLead(aLead());
    ASSERT_TRUE(
        reviews.comment(id, fixture.team().marketingManager, QStringLiteral("Came from the CFO webinar"))
            .ok());
    ASSERT_TRUE(reviews.comment(id, fixture.team().sdr, QStringLiteral("Thanks, calling today")).ok());

    const QString text = cardOf(id);

    EXPECT_TRUE(text.contains(QStringLiteral("Mark Okafor Came from the CFO webinar"))) << text.toStdString();
    EXPECT_LT(text.indexOf(QStringLiteral("Came from the CFO webinar")),
              text.indexOf(QStringLiteral("calling today")));
}

TEST_F(LeadCardViewTest, ShowLead_AcceptedWithoutContact_FlagsItUntilAContactIsLogged)
{
    const qint64 id = fixture.addLead(aLead());
    ASSERT_TRUE(leads.accept(id, fixture.team().sdr).ok());

    EXPECT_TRUE(cardOf(id).contains(QStringLiteral("Accepted without a meaningful contact")));

    ASSERT_TRUE(
        leads.logActivity(id, fixture.team().sdr, ActivityType::Call, QStringLiteral("connected"), {}).ok());
    EXPECT_FALSE(cardOf(id).contains(QStringLiteral("Accepted without a meaningful contact")));
}

} // namespace
} // namespace baton::test
