#include "services/FeedbackService.h"

#include "../HandoffFixture.h"
#include "services/LeadService.h"

#include <QTimeZone>

using namespace baton;

namespace {

/// Leads handed over under the built-in definition with one of two profiles: points mostly from
/// content downloads (no fit; 3 downloads ≈ 23 points, band 20–39), or mostly from the pricing
/// page (a target industry, 20 points, and 3 pricing views ≈ 29: band 40–59).
class FeedbackServiceTest : public test::HandoffFixture {
protected:
    enum class Profile { Downloads, Pricing };

    qint64 handedOver(Profile profile, std::optional<qint64> campaign, const QDateTime &at)
    {
        Lead lead;
        const QString name = QStringLiteral("Lead %1").arg(++m_made);
        lead.person = Person{name,
                             QStringLiteral("lead%1@firm%1.test").arg(m_made),
                             {},
                             QStringLiteral("Engineer"),
                             QStringLiteral("individual")};
        lead.company =
            Company{QStringLiteral("Firm %1").arg(m_made),
                    QStringLiteral("firm%1.test").arg(m_made),
                    profile == Profile::Pricing ? QStringLiteral("Software") : QStringLiteral("Retail"),
                    50,
                    1'000'000,
                    QStringLiteral("BR"),
                    QStringLiteral("LATAM")};
        lead.campaignId = campaign;
        lead.createdAt = at.addDays(-10);
        const qint64 id = *leads.insert(lead);
        for (int i = 0; i < 3; ++i) {
            if (profile == Profile::Downloads)
                event(id, EventType::ContentDownload, at.addDays(-1), QStringLiteral("guide-%1.pdf").arg(i));
            else
                event(id, EventType::PageView, at.addDays(-1), QStringLiteral("/pricing"));
        }
        clock.set(at);
        auto handed = LeadService(file.db(), clock).handOver(id, team.sdr, team.salesManager);
        EXPECT_TRUE(handed.ok()) << handed.error().message.toStdString();
        return id;
    }

    void accept(qint64 id) { ASSERT_TRUE(service().accept(id, team.sdr).ok()); }
    void reject(qint64 id, const char *reason)
    {
        auto rejected = service().reject(id, team.sdr, QString::fromLatin1(reason), {});
        ASSERT_TRUE(rejected.ok()) << rejected.error().message.toStdString();
    }

    LeadService service() { return LeadService(file.db(), clock); }

    QDateTime day(int d, int hour = 10) const
    {
        return QDateTime(QDate(2026, 3, d), QTime(hour, 0), QTimeZone::utc());
    }

    FeedbackService feedback{file.db(), clock};

private:
    int m_made = 0;
};

const CalibrationRow *rowOf(const std::vector<CalibrationRow> &rows, const QString &label)
{
    for (const CalibrationRow &row : rows) {
        if (row.label == label)
            return &row;
    }
    return nullptr;
}

const InboxGroup *groupOf(const std::vector<InboxGroup> &groups, const QString &label)
{
    for (const InboxGroup &group : groups) {
        if (group.label == label)
            return &group;
    }
    return nullptr;
}

} // namespace

TEST_F(FeedbackServiceTest, Calibration_ByCampaignRuleAndBand_CountsWhatSalesMadeOfEachHandoff)
{
    const qint64 a = handedOver(Profile::Downloads, team.webinar, day(2));
    const qint64 b = handedOver(Profile::Downloads, team.webinar, day(3));
    const qint64 c = handedOver(Profile::Pricing, team.webinar, day(4));
    handedOver(Profile::Pricing, team.whitepaper, day(5)); // still open
    const qint64 e = handedOver(Profile::Pricing, team.whitepaper, day(6));
    clock.set(day(7));
    accept(a);
    ASSERT_TRUE(service().convert(a, team.sdr, test::qualified(100)).ok());
    accept(b);
    reject(c, "no_authority");
    ASSERT_TRUE(service().recycle(e, team.sdr, QStringLiteral("bad_timing"), {}, QDate(2026, 6, 1)).ok());

    auto byCampaign = feedback.calibration(day(1), day(8), FeedbackDimension::Campaign);
    ASSERT_TRUE(byCampaign.ok()) << byCampaign.error().message.toStdString();
    ASSERT_EQ(byCampaign->size(), 2u);
    const CalibrationRow *webinar = rowOf(*byCampaign, QStringLiteral("Q3 Pipeline Webinar"));
    ASSERT_NE(webinar, nullptr);
    EXPECT_EQ(webinar->handedOver, 3);
    EXPECT_EQ(webinar->accepted, 2);
    EXPECT_EQ(webinar->rejected, 1);
    EXPECT_EQ(webinar->converted, 1);
    EXPECT_DOUBLE_EQ(webinar->acceptanceRate(), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(webinar->conversionRate(), 1.0 / 3.0);
    EXPECT_EQ(webinar->topReason, QStringLiteral("no_authority"));
    EXPECT_EQ(webinar->topReasonCount, 1);
    const CalibrationRow *whitepaper = rowOf(*byCampaign, QStringLiteral("State of RevOps Whitepaper"));
    ASSERT_NE(whitepaper, nullptr);
    EXPECT_EQ(whitepaper->handedOver, 2);
    EXPECT_EQ(whitepaper->recycled, 1);
    EXPECT_EQ(whitepaper->decided(), 1);
    EXPECT_DOUBLE_EQ(whitepaper->acceptanceRate(), 0.0);

    auto byRule = feedback.calibration(day(1), day(8), FeedbackDimension::Rule);
    ASSERT_TRUE(byRule.ok());
    const CalibrationRow *downloads = rowOf(*byRule, QStringLiteral("Downloaded content"));
    const CalibrationRow *pricing = rowOf(*byRule, QStringLiteral("Visited the pricing page"));
    const CalibrationRow *industry = rowOf(*byRule, QStringLiteral("Target industry"));
    ASSERT_NE(downloads, nullptr);
    ASSERT_NE(pricing, nullptr);
    ASSERT_NE(industry, nullptr);
    EXPECT_EQ(downloads->handedOver, 2);
    EXPECT_EQ(downloads->converted, 1);
    EXPECT_EQ(pricing->handedOver, 3);
    EXPECT_EQ(pricing->rejected, 1);
    EXPECT_EQ(industry->handedOver, 3);

    auto byBand = feedback.calibration(day(1), day(8), FeedbackDimension::Band);
    ASSERT_TRUE(byBand.ok());
    ASSERT_EQ(byBand->size(), 2u);
    EXPECT_EQ(byBand->front().label, QStringLiteral("40–59")); // highest band first
    EXPECT_EQ(byBand->front().handedOver, 3);
    EXPECT_EQ(byBand->back().label, QStringLiteral("20–39"));
    EXPECT_EQ(byBand->back().handedOver, 2);

    auto outside = feedback.calibration(day(8), day(9), FeedbackDimension::Band);
    ASSERT_TRUE(outside.ok());
    EXPECT_TRUE(outside->empty());
}

TEST_F(FeedbackServiceTest, Inbox_GroupsThePeriodsRejectionsAndComparesWithTheWeeksBefore)
{
    // Two weeks before the period: two "no authority".
    for (int i = 0; i < 2; ++i) {
        const qint64 id = handedOver(Profile::Downloads, team.whitepaper, day(1, 9 + i));
        reject(id, "no_authority");
    }
    // The period (9–15 March): three "no authority" (two from the webinar), one "not an ICP fit".
    std::vector<qint64> inPeriod;
    inPeriod.push_back(handedOver(Profile::Downloads, team.webinar, day(9)));
    inPeriod.push_back(handedOver(Profile::Downloads, team.webinar, day(10)));
    inPeriod.push_back(handedOver(Profile::Pricing, std::nullopt, day(11)));
    inPeriod.push_back(handedOver(Profile::Pricing, team.whitepaper, day(12)));
    clock.set(day(13));
    reject(inPeriod[0], "no_authority");
    reject(inPeriod[1], "no_authority");
    reject(inPeriod[2], "no_authority");
    reject(inPeriod[3], "not_icp_fit");

    auto inbox = feedback.inbox(day(9, 0), day(16, 0), 4);
    ASSERT_TRUE(inbox.ok()) << inbox.error().message.toStdString();
    EXPECT_EQ(inbox->total, 4);
    EXPECT_EQ(inbox->rejected, 4);
    EXPECT_EQ(inbox->open, 4);
    EXPECT_EQ(inbox->earlierTotal, 2);
    const auto &reasons = inbox->groups.at(FeedbackDimension::Reason);
    ASSERT_EQ(reasons.size(), 2u);
    EXPECT_EQ(reasons[0].label, QStringLiteral("No authority"));
    EXPECT_EQ(reasons[0].count, 3);
    EXPECT_DOUBLE_EQ(reasons[0].share, 0.75);
    EXPECT_DOUBLE_EQ(reasons[0].earlierWeeklyAverage, 0.5);
    EXPECT_DOUBLE_EQ(reasons[0].earlierShare, 1.0);
    EXPECT_DOUBLE_EQ(reasons[0].shareChangePoints(), -25.0);
    // Four earlier weeks from Monday 9 February, then the period's: 1 March is in the third.
    EXPECT_EQ(reasons[0].weekly, (std::vector<int>{0, 0, 2, 0, 3}));
    EXPECT_EQ(reasons[1].label, QStringLiteral("Not an ICP fit"));
    EXPECT_DOUBLE_EQ(reasons[1].earlierShare, 0.0);

    const auto &campaigns = inbox->groups.at(FeedbackDimension::Campaign);
    ASSERT_NE(groupOf(campaigns, QStringLiteral("Q3 Pipeline Webinar")), nullptr);
    EXPECT_EQ(groupOf(campaigns, QStringLiteral("Q3 Pipeline Webinar"))->count, 2);
    EXPECT_EQ(groupOf(campaigns, QStringLiteral("No campaign"))->count, 1);
    EXPECT_EQ(groupOf(campaigns, QStringLiteral("State of RevOps Whitepaper"))->earlierShare, 1.0);
    const auto &sources = inbox->groups.at(FeedbackDimension::Source);
    EXPECT_EQ(groupOf(sources, QStringLiteral("Webinar"))->count, 2);
    const auto &bands = inbox->groups.at(FeedbackDimension::Band);
    EXPECT_EQ(groupOf(bands, QStringLiteral("20–39"))->count, 2);
    EXPECT_EQ(groupOf(bands, QStringLiteral("40–59"))->count, 2);
    const auto &owners = inbox->groups.at(FeedbackDimension::Owner);
    ASSERT_EQ(owners.size(), 1u);
    EXPECT_EQ(owners[0].count, 4);
}

TEST_F(FeedbackServiceTest, Suggestions_ARuleWhoseLeadsAreTurnedDownFarMoreOften_WithItsNumbersAndADraft)
{
    // 40 handoffs carried by downloads, half rejected as "no authority"; 60 carried by the
    // pricing page, 3 of them rejected so.
    for (int i = 0; i < 100; ++i) {
        const bool downloads = i < 40;
        const qint64 id = handedOver(downloads ? Profile::Downloads : Profile::Pricing, team.webinar,
                                     day(2).addSecs(i * 60));
        const bool rejected = downloads ? i % 2 == 0 : i < 43;
        if (rejected)
            reject(id, "no_authority");
        else
            accept(id);
    }
    auto found = feedback.suggestions(day(1), day(9));
    ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
    ASSERT_EQ(found->size(), 1u);
    const Suggestion &suggestion = found->front();
    EXPECT_EQ(suggestion.ruleKey, QStringLiteral("engagement:downloads"));
    EXPECT_EQ(suggestion.reasonCode, QStringLiteral("no_authority"));
    EXPECT_EQ(suggestion.dominated, 40);
    EXPECT_EQ(suggestion.dominatedWithReason, 20);
    EXPECT_EQ(suggestion.rest, 60);
    EXPECT_EQ(suggestion.restWithReason, 3);
    EXPECT_DOUBLE_EQ(suggestion.ratio, 10.0);
    EXPECT_DOUBLE_EQ(suggestion.currentPoints, 8.0);
    EXPECT_DOUBLE_EQ(suggestion.proposedPoints, 4.0);
    EXPECT_TRUE(suggestion.text.contains(QStringLiteral("“Downloaded content”")));
    EXPECT_TRUE(suggestion.text.contains(QStringLiteral("10.0 times as often")));
    EXPECT_TRUE(suggestion.text.contains(QStringLiteral("50% of 40 against 5.0% of 60")))
        << suggestion.text.toStdString();

    auto draft = feedback.draftFrom(suggestion, team.marketingManager);
    ASSERT_TRUE(draft.ok()) << draft.error().message.toStdString();
    EXPECT_EQ(draft->team, DefinitionTeam::Marketing);
    for (const EngagementRule &rule : draft->definition.engagementRules) {
        if (rule.id == QStringLiteral("downloads")) {
            EXPECT_DOUBLE_EQ(rule.points, 4.0);
        }
    }
    auto bySdr = feedback.draftFrom(suggestion, team.sdr);
    EXPECT_FALSE(bySdr.ok());
}

TEST_F(FeedbackServiceTest, Suggestions_TooFewHandoffs_NoneMade)
{
    for (int i = 0; i < 10; ++i)
        reject(handedOver(Profile::Downloads, team.webinar, day(2).addSecs(i * 60)), "no_authority");
    for (int i = 0; i < 10; ++i)
        accept(handedOver(Profile::Pricing, team.webinar, day(3).addSecs(i * 60)));
    auto found = feedback.suggestions(day(1), day(9));
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(found->empty());
}

TEST_F(FeedbackServiceTest, Inbox_CountsStagesMovedOnWithoutContactPerPerson)
{
    const qint64 a = handedOver(Profile::Downloads, team.webinar, day(9));
    const qint64 b = handedOver(Profile::Downloads, team.webinar, day(9, 11));
    const qint64 c = handedOver(Profile::Downloads, team.webinar, day(9, 12));
    clock.set(day(10));
    accept(a); // nothing behind it
    ASSERT_TRUE(service().logActivity(b, team.sdr, ActivityType::Call, QStringLiteral("connected"), {}).ok());
    accept(b);                 // a connected call first
    reject(c, "no_authority"); // a rejection needs no contact
    auto inbox = feedback.inbox(day(9, 0), day(16, 0));
    ASSERT_TRUE(inbox.ok());
    EXPECT_EQ(inbox->movesWithoutContactTotal, 1);
    ASSERT_EQ(inbox->movesWithoutContact.size(), 1u);
    EXPECT_EQ(inbox->movesWithoutContact[0].label, QStringLiteral("Sam Rivera"));
    EXPECT_EQ(inbox->movesWithoutContact[0].count, 1);
}
