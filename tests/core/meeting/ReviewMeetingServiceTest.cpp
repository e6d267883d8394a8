#include "meeting/ReviewMeetingService.h"

#include "common/FixedClock.h"
#include "metrics/ReviewWeeks.h"
#include "storage/Database.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace baton;

namespace {

const QDate week1(2026, 3, 2);
const QDate week2(2026, 3, 9);
const QDate week3(2026, 3, 16);

/// The joint review on the small team: Sam and Olive (SDRs), Sally (sales manager), Mark
/// (marketing manager) and Ada (admin). "Now" is the reference time.
class ReviewMeetingServiceTest : public ::testing::Test {
protected:
    ReviewMeetingServiceTest()
        : team(test::addTeam(file.db()))
        , clock(test::referenceTime())
        , meeting(file.db(), clock)
    {}

    qint64 item(const QDate &week, qint64 owner,
                const QString &title = QStringLiteral("Call the webinar list"))
    {
        auto id =
            meeting.addActionItem({.week = week, .title = title, .ownerId = owner, .dueOn = week.addDays(7)},
                                  team.marketingManager);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        return id.ok() ? *id : 0;
    }

    Result<void> set(qint64 id, ActionStatus status, qint64 actor)
    {
        auto current = meeting.actionItem(id);
        EXPECT_TRUE(current.ok());
        return meeting.setActionStatus(id, status, actor, current.ok() ? current->version : 0);
    }

    std::vector<qint64> idsOf(const QDate &week)
    {
        auto items = meeting.actionItems(week);
        EXPECT_TRUE(items.ok());
        std::vector<qint64> ids;
        if (items.ok()) {
            for (const ActionItem &i : *items)
                ids.push_back(i.id);
        }
        return ids;
    }

    test::TestFile file;
    test::Team team;
    FixedClock clock;
    ReviewMeetingService meeting;
};

} // namespace

TEST_F(ReviewMeetingServiceTest, Decide_StoresTheWordsTheMetricAndWhoDecided)
{
    auto id = meeting.decide({.week = week1,
                              .metric = QStringLiteral("acceptance_rate"),
                              .text = QStringLiteral("  Raise the fit bar for webinars  ")},
                             team.sdr);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto decisions = meeting.decisions(week1);
    ASSERT_TRUE(decisions.ok());
    ASSERT_EQ(decisions->size(), 1U);
    const ReviewDecision &d = decisions->front();
    EXPECT_EQ(d.id, *id);
    EXPECT_EQ(d.week, week1);
    EXPECT_EQ(d.metric, MetricKey::AcceptanceRate);
    EXPECT_EQ(d.text, QStringLiteral("Raise the fit bar for webinars"));
    EXPECT_EQ(d.decidedBy, team.sdr);
    EXPECT_EQ(d.decidedByName, QStringLiteral("Sam Rivera"));
    EXPECT_EQ(d.decidedAt, clock.now());
    EXPECT_TRUE(meeting.decisions(week2)->empty());
}

TEST_F(ReviewMeetingServiceTest, Decide_WithoutWords_IsRefused)
{
    auto id = meeting.decide({.week = week1, .text = QStringLiteral("   ")}, team.salesManager);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(meeting.decisions(week1)->empty());
}

TEST_F(ReviewMeetingServiceTest, Decide_UnknownMetric_IsRefusedNamingTheKnownOnes)
{
    auto id =
        meeting.decide({.week = week1, .metric = QStringLiteral("happiness"), .text = QStringLiteral("x")},
                       team.salesManager);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("happiness")));
    EXPECT_TRUE(id.error().message.contains(QStringLiteral("acceptance_rate")));
}

TEST_F(ReviewMeetingServiceTest, Decide_WeekNotAMonday_IsRefused)
{
    auto id = meeting.decide({.week = QDate(2026, 3, 4), .text = QStringLiteral("x")}, team.salesManager);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().kind, ErrorKind::InvalidInput);
}

TEST_F(ReviewMeetingServiceTest, Decide_LinksToAnExistingDefinitionVersionOnly)
{
    ASSERT_TRUE(
        file.db()
            .exec("INSERT INTO definition_versions (id, number, kind, team, status, body, created_at, "
                  "created_by) VALUES (41, 3, 'draft', 'marketing', 'draft', '{}', 0, 1)")
            .ok());
    auto linked =
        meeting.decide({.week = week1, .text = QStringLiteral("Draft v3"), .definitionVersionId = 41},
                       team.marketingManager);
    ASSERT_TRUE(linked.ok()) << linked.error().message.toStdString();
    auto decision = meeting.decision(*linked);
    ASSERT_TRUE(decision.ok());
    EXPECT_EQ(decision->definitionVersionId, 41);
    EXPECT_EQ(decision->definitionNumber, 3);

    auto missing = meeting.decide({.week = week1, .text = QStringLiteral("x"), .definitionVersionId = 999},
                                  team.marketingManager);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
}

TEST_F(ReviewMeetingServiceTest, Decide_UnknownActor_IsRefused)
{
    auto id = meeting.decide({.week = week1, .text = QStringLiteral("x")}, 999);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().kind, ErrorKind::NotFound);
}

TEST_F(ReviewMeetingServiceTest, AddActionItem_AnyUserRaisesAnOpenItemLinkedToItsDecision)
{
    auto decision = meeting.decide({.week = week1, .text = QStringLiteral("Faster follow-up")}, team.sdr);
    ASSERT_TRUE(decision.ok());
    auto id = meeting.addActionItem({.week = week1,
                                     .metric = QStringLiteral("first_contact_median"),
                                     .decisionId = *decision,
                                     .title = QStringLiteral("Add a morning shift"),
                                     .ownerId = team.salesManager,
                                     .dueOn = QDate(2026, 3, 13)},
                                    team.otherSdr);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto item = meeting.actionItem(*id);
    ASSERT_TRUE(item.ok());
    EXPECT_EQ(item->status, ActionStatus::Open);
    EXPECT_EQ(item->version, 1);
    EXPECT_EQ(item->decisionId, *decision);
    EXPECT_EQ(item->metric, MetricKey::FirstContactMedian);
    EXPECT_EQ(item->ownerName, QStringLiteral("Sally Brooks"));
    EXPECT_EQ(item->createdBy, team.otherSdr);
    EXPECT_EQ(item->dueOn, QDate(2026, 3, 13));
}

TEST_F(ReviewMeetingServiceTest, AddActionItem_WithoutTitleUnknownOwnerOrDecision_IsRefused)
{
    EXPECT_EQ(
        meeting
            .addActionItem({.week = week1, .title = QStringLiteral(" "), .ownerId = team.sdr, .dueOn = week2},
                           team.sdr)
            .error()
            .kind,
        ErrorKind::InvalidInput);
    EXPECT_EQ(meeting
                  .addActionItem(
                      {.week = week1, .title = QStringLiteral("t"), .ownerId = 999, .dueOn = week2}, team.sdr)
                  .error()
                  .kind,
              ErrorKind::NotFound);
    EXPECT_EQ(meeting
                  .addActionItem({.week = week1,
                                  .decisionId = 999,
                                  .title = QStringLiteral("t"),
                                  .ownerId = team.sdr,
                                  .dueOn = week2},
                                 team.sdr)
                  .error()
                  .kind,
              ErrorKind::NotFound);
    EXPECT_EQ(meeting
                  .addActionItem({.week = week1,
                                  .metric = QStringLiteral("mood"),
                                  .title = QStringLiteral("t"),
                                  .ownerId = team.sdr,
                                  .dueOn = week2},
                                 team.sdr)
                  .error()
                  .kind,
              ErrorKind::InvalidInput);
    EXPECT_TRUE(meeting.openActionItems()->empty());
}

TEST_F(ReviewMeetingServiceTest, ActionItems_OpenItemCarriesOverToLaterWeeksUntilDone)
{
    const qint64 early = item(week1, team.sdr);
    const qint64 later = item(week2, team.sdr);
    EXPECT_EQ(idsOf(week1), (std::vector<qint64>{early}));
    EXPECT_EQ(idsOf(week2), (std::vector<qint64>{early, later}));
    auto items = meeting.actionItems(week2);
    ASSERT_EQ(items->size(), 2U);
    EXPECT_TRUE(items->at(0).carriedOver);
    EXPECT_FALSE(items->at(1).carriedOver);

    ASSERT_TRUE(set(early, ActionStatus::InProgress, team.sdr).ok());
    EXPECT_EQ(idsOf(week3), (std::vector<qint64>{early, later}));
    ASSERT_TRUE(set(early, ActionStatus::Done, team.sdr).ok());
    EXPECT_EQ(idsOf(week3), (std::vector<qint64>{later}));
    // The week it was raised in still lists it, done.
    EXPECT_EQ(idsOf(week1), (std::vector<qint64>{early}));
    EXPECT_EQ(meeting.actionItem(early)->status, ActionStatus::Done);
}

TEST_F(ReviewMeetingServiceTest, ActionItems_DroppedItemStopsCarryingOver)
{
    const qint64 dropped = item(week1, team.sdr);
    ASSERT_TRUE(set(dropped, ActionStatus::Dropped, team.marketingManager).ok());
    EXPECT_TRUE(idsOf(week2).empty());
    EXPECT_TRUE(meeting.openActionItems()->empty());
}

TEST_F(ReviewMeetingServiceTest, ActionItems_ReopenedItemCarriesOverAgain)
{
    const qint64 id = item(week1, team.sdr);
    ASSERT_TRUE(set(id, ActionStatus::Done, team.sdr).ok());
    ASSERT_TRUE(set(id, ActionStatus::Open, team.sdr).ok());
    EXPECT_EQ(idsOf(week2), (std::vector<qint64>{id}));
}

TEST_F(ReviewMeetingServiceTest, ActionItems_ItemsOfLaterWeeksAreNotListed)
{
    item(week2, team.sdr);
    EXPECT_TRUE(idsOf(week1).empty());
}

TEST_F(ReviewMeetingServiceTest, OpenActionItems_AreEveryWeeksStillToDoSoonestDueFirst)
{
    const qint64 late = item(week2, team.sdr);
    const qint64 soon = item(week1, team.otherSdr);
    const qint64 done = item(week1, team.sdr);
    ASSERT_TRUE(set(done, ActionStatus::Done, team.sdr).ok());
    auto open = meeting.openActionItems();
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 2U);
    EXPECT_EQ(open->at(0).id, soon);
    EXPECT_EQ(open->at(1).id, late);
}

TEST_F(ReviewMeetingServiceTest, SetActionStatus_ByOwnerManagersOrAdmin_IsAllowed)
{
    const qint64 id = item(week1, team.sdr);
    EXPECT_TRUE(set(id, ActionStatus::InProgress, team.sdr).ok());
    EXPECT_TRUE(set(id, ActionStatus::Open, team.salesManager).ok());
    EXPECT_TRUE(set(id, ActionStatus::InProgress, team.marketingManager).ok());
    EXPECT_TRUE(set(id, ActionStatus::Done, team.admin).ok());
    auto stored = meeting.actionItem(id);
    EXPECT_EQ(stored->version, 5);
    EXPECT_EQ(stored->statusBy, team.admin);
    EXPECT_EQ(stored->statusAt, clock.now());
}

TEST_F(ReviewMeetingServiceTest, SetActionStatus_ByAnotherSdr_IsRefusedAndLeavesItAsItWas)
{
    const qint64 id = item(week1, team.sdr);
    auto refused = set(id, ActionStatus::Done, team.otherSdr);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::PermissionDenied);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Olive Chen")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Sam Rivera")));
    auto stored = meeting.actionItem(id);
    EXPECT_EQ(stored->status, ActionStatus::Open);
    EXPECT_EQ(stored->version, 1);
}

TEST_F(ReviewMeetingServiceTest, SetActionStatus_StaleVersion_IsAConflictNamingWhoChangedIt)
{
    const qint64 id = item(week1, team.sdr);
    ASSERT_TRUE(meeting.setActionStatus(id, ActionStatus::InProgress, team.salesManager, 1).ok());
    auto stale = meeting.setActionStatus(id, ActionStatus::Dropped, team.sdr, 1);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("Sally Brooks")))
        << stale.error().message.toStdString();
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("in progress")));
    EXPECT_EQ(meeting.actionItem(id)->status, ActionStatus::InProgress);
}

TEST_F(ReviewMeetingServiceTest, SetActionStatus_ToTheStatusItHas_IsRefused)
{
    const qint64 id = item(week1, team.sdr);
    auto same = meeting.setActionStatus(id, ActionStatus::Open, team.sdr, 1);
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.error().kind, ErrorKind::InvalidTransition);
}

TEST_F(ReviewMeetingServiceTest, SetActionStatus_UnknownItem_IsNotFound)
{
    auto missing = meeting.setActionStatus(999, ActionStatus::Done, team.admin, 1);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
}

TEST_F(ReviewMeetingServiceTest, ActionItems_RaisedLateSundayInLondon_BelongToTheWeekTheTeamSaw)
{
    // Sun 5 July 2026 23:30 London time is 22:30 UTC: the week of Monday 29 June in London, while
    // an hour later (Monday 00:30 London, Sunday 23:30 UTC) London is already in the week of 6 July.
    const QTimeZone london("Europe/London");
    const QDateTime sundayNight(QDate(2026, 7, 5), QTime(22, 30), QTimeZone::utc());
    const QDate raisedIn = ReviewWeeks::mondayOf(sundayNight, london);
    const qint64 id = item(raisedIn, team.sdr);
    EXPECT_EQ(raisedIn, QDate(2026, 6, 29));
    const QDate nextWeek = ReviewWeeks::mondayOf(sundayNight.addSecs(3600), london);
    EXPECT_EQ(nextWeek, QDate(2026, 7, 6));
    EXPECT_EQ(ReviewWeeks::mondayOf(sundayNight.addSecs(3600), QTimeZone::utc()), QDate(2026, 6, 29));
    auto items = meeting.actionItems(nextWeek);
    ASSERT_EQ(items->size(), 1U);
    EXPECT_EQ(items->front().id, id);
    EXPECT_TRUE(items->front().carriedOver);
}
