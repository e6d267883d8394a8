#include "agreement/CrossingSearch.h"

#include "AgreementFixtures.h"
#include "agreement/MqlEvaluator.h"

#include <gtest/gtest.h>

namespace baton {
namespace {

using E = EventType;

const QDateTime t0(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

Definition searchDefinition()
{
    Definition d;
    d.fitRules = {test::fitRule("sw", FitField::Industry, FitOperator::InList, {"Software"}, 60)};
    d.engagementRules = {test::engagementRule("pricing", E::PageView, "/pricing*", 10, 14),
                         test::engagementRule("webinar", E::WebinarAttended, {}, 20, 30),
                         test::engagementRule("demo", E::DemoRequest, {}, 40, 0)};
    d.mqlRule = MqlRule{50, 30, {E::DemoRequest}};
    return d;
}

Lead retailer()
{
    Lead lead = test::softwareVp();
    lead.company.industry = QStringLiteral("Retail");
    return lead;
}

qint64 ms(const QDateTime &at)
{
    return at.toMSecsSinceEpoch();
}

TEST(CrossingSearchTest, CanCross_LeadWithoutTheFit_OnlyAtAFastTrackEvent)
{
    const Scorer scorer(searchDefinition());
    CrossingSearch search(scorer);
    search.start(retailer());
    EXPECT_EQ(search.fit(), 0);
    EXPECT_TRUE(search.canCross(E::DemoRequest));
    EXPECT_FALSE(search.canCross(E::PageView));
    EXPECT_FALSE(search.canCross(E::WebinarAttended));
    EXPECT_FALSE(search.canCross(E::EmailOpen));
}

TEST(CrossingSearchTest, CanCross_LeadWithTheFit_AtEveryScoredTypeButNotAnUnscoredOne)
{
    const Scorer scorer(searchDefinition());
    CrossingSearch search(scorer);
    search.start(test::softwareVp());
    EXPECT_EQ(search.fit(), 60);
    EXPECT_TRUE(search.canCross(E::PageView));
    EXPECT_TRUE(search.canCross(E::WebinarAttended));
    EXPECT_TRUE(search.canCross(E::DemoRequest));
    EXPECT_FALSE(search.canCross(E::EmailOpen));
    EXPECT_FALSE(search.canCross(E::ContentDownload));
}

TEST(CrossingSearchTest, ReadsDetail_OnlyForATypeWhoseRulesHavePatterns)
{
    const Scorer scorer(searchDefinition());
    const CrossingSearch search(scorer);
    EXPECT_TRUE(search.readsDetail(E::PageView));
    EXPECT_FALSE(search.readsDetail(E::WebinarAttended));
    EXPECT_FALSE(search.readsDetail(E::DemoRequest));
}

TEST(CrossingSearchTest, Add_PassingOverWhatCannotCross_FindsTheSameMomentAsEveryEvent)
{
    // As MqlEvaluatorTest works out by hand: 10, then 10 × 0.5 + 10 = 15, then, an hour later,
    // 4.99 + 9.98 + 20 = 34.97 → 35 >= 30 at the webinar. The e-mail opens score nothing.
    std::vector<EngagementEvent> events;
    const auto add = [&](E type, const QDateTime &when, const QString &detail = {}) {
        EngagementEvent event;
        event.id = static_cast<qint64>(events.size()) + 1;
        event.type = type;
        event.occurredAt = when;
        event.detail = detail;
        events.push_back(event);
    };
    add(E::PageView, t0, QStringLiteral("/pricing"));
    add(E::EmailOpen, t0.addDays(1));
    add(E::PageView, t0.addDays(14), QStringLiteral("/pricing"));
    add(E::EmailOpen, t0.addDays(14).addSecs(60));
    add(E::WebinarAttended, t0.addDays(14).addSecs(3600));
    add(E::PageView, t0.addDays(15), QStringLiteral("/pricing"));

    const Scorer scorer(searchDefinition());
    const auto everyEvent = MqlEvaluator(scorer).firstCrossing(test::softwareVp(), events);
    ASSERT_TRUE(everyEvent.has_value());
    EXPECT_EQ(everyEvent->signal.id, 5);

    CrossingSearch search(scorer);
    search.start(test::softwareVp());
    std::optional<QDateTime> crossedAt;
    for (const EngagementEvent &event : events) {
        if (!search.canCross(event.type))
            continue;
        if (search.add(event.type, ms(event.occurredAt), event.detail)) {
            crossedAt = event.occurredAt;
            break;
        }
    }
    ASSERT_TRUE(crossedAt.has_value());
    EXPECT_EQ(*crossedAt, everyEvent->at);
    EXPECT_FALSE(search.fastTrack());
    EXPECT_EQ(search.engagement(), 35);
}

TEST(CrossingSearchTest, Add_FastTrackEventForALeadWithoutTheFit_Crosses)
{
    const Scorer scorer(searchDefinition());
    CrossingSearch search(scorer);
    search.start(retailer());
    EXPECT_FALSE(search.add(E::PageView, ms(t0), QStringLiteral("/pricing")));
    EXPECT_TRUE(search.add(E::DemoRequest, ms(t0.addDays(1)), {}));
    EXPECT_TRUE(search.fastTrack());
}

TEST(CrossingSearchTest, Start_NextLead_ForgetsTheLastLeadsEvents)
{
    const Scorer scorer(searchDefinition());
    CrossingSearch search(scorer);
    search.start(test::softwareVp());
    EXPECT_FALSE(search.add(E::WebinarAttended, ms(t0), {}));
    search.start(test::softwareVp());
    // 20 again, not 20 × 0.5^(1/30) + 20 ≈ 39.5: the first lead's webinar is not counted.
    EXPECT_FALSE(search.add(E::WebinarAttended, ms(t0.addDays(1)), {}));
    EXPECT_EQ(search.engagement(), 0);
}

} // namespace
} // namespace baton
