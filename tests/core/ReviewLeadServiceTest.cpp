#include "services/ReviewLeadService.h"

#include "common/FixedClock.h"
#include "services/LeadService.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace baton;

namespace {

/// Handoffs of the week from Monday 2026-03-02 (UTC): Ann (webinar, Sam's) contacted after
/// 3 minutes and accepted, Ben (webinar, Sam's) rejected for no authority, Cat (no campaign,
/// Olive's) left open; and Dan the week before.
class ReviewLeadServiceTest : public ::testing::Test {
protected:
    ReviewLeadServiceTest()
        : team(test::addTeam(file.db()))
        , clock(at(2, 10))
    {
        const qint64 ann = handedOver("Ann", at(2, 10), team.sdr, team.webinar);
        const qint64 ben = handedOver("Ben", at(3, 10), team.sdr, team.webinar);
        handedOver("Cat", at(4, 10), team.otherSdr, {});
        handedOver("Dan", QDateTime(QDate(2026, 2, 25), QTime(10, 0), QTimeZone::utc()), team.sdr, {});
        clock.set(at(2, 10, 3));
        EXPECT_TRUE(
            leads().logActivity(ann, team.sdr, ActivityType::Call, QStringLiteral("connected"), {}).ok());
        clock.set(at(2, 10, 5));
        EXPECT_TRUE(leads().accept(ann, team.sdr).ok());
        clock.set(at(3, 10, 5));
        EXPECT_TRUE(leads().reject(ben, team.sdr, QStringLiteral("no_authority"), QStringLiteral("No")).ok());
        clock.set(at(10, 12));
    }

    static QDateTime at(int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 3, day), QTime(hour, minute), QTimeZone::utc());
    }

    qint64 handedOver(const char *name, const QDateTime &when, qint64 owner, std::optional<qint64> campaign)
    {
        const qint64 id = test::addLead(
            file.db(),
            test::LeadSpec{.name = QString::fromUtf8(name), .stage = Stage::Nurture, .campaignId = campaign});
        clock.set(when);
        EXPECT_TRUE(leads().handOver(id, owner, team.salesManager).ok());
        return id;
    }

    QStringList names(const ReviewSlice &slice, const ReviewFilter &filter = {})
    {
        auto page = ReviewLeadService(file.db()).leads(at(2, 0), at(9, 0), filter, slice);
        EXPECT_TRUE(page.ok()) << page.error().message.toStdString();
        QStringList listed;
        if (page) {
            for (const ReviewLead &lead : page->leads)
                listed << lead.name;
        }
        return listed;
    }

    LeadService leads() { return LeadService(file.db(), clock); }

    test::TestFile file;
    test::Team team;
    FixedClock clock;
};

} // namespace

TEST_F(ReviewLeadServiceTest, All_ListsThePeriodsHandoffsNewestFirst)
{
    EXPECT_EQ(names({}), (QStringList{QStringLiteral("Cat"), QStringLiteral("Ben"), QStringLiteral("Ann")}));
}

TEST_F(ReviewLeadServiceTest, OwnerAndCampaignSlices_KeyedAsTheBreakdowns)
{
    EXPECT_EQ(names({ReviewSlice::Dimension::Owner, QString::number(team.otherSdr)}),
              QStringList{QStringLiteral("Cat")});
    EXPECT_EQ(names({ReviewSlice::Dimension::Campaign, QString::number(team.webinar)}),
              (QStringList{QStringLiteral("Ben"), QStringLiteral("Ann")}));
    EXPECT_EQ(names({ReviewSlice::Dimension::Campaign, QStringLiteral("0")}),
              QStringList{QStringLiteral("Cat")});
}

TEST_F(ReviewLeadServiceTest, OutcomeSlices_AcceptedAndRejectedForAReason)
{
    EXPECT_EQ(names({ReviewSlice::Dimension::Accepted, {}}), QStringList{QStringLiteral("Ann")});
    EXPECT_EQ(names({ReviewSlice::Dimension::Reason, QStringLiteral("no_authority")}),
              QStringList{QStringLiteral("Ben")});
    EXPECT_TRUE(names({ReviewSlice::Dimension::Converted, {}}).isEmpty());
}

TEST_F(ReviewLeadServiceTest, ContactBucket_TheBarItsBusinessTimeFallsIn)
{
    EXPECT_EQ(names({ReviewSlice::Dimension::ContactBucket, QStringLiteral("0")}),
              QStringList{QStringLiteral("Ann")});
    EXPECT_TRUE(names({ReviewSlice::Dimension::ContactBucket, QStringLiteral("1")}).isEmpty());
}

TEST_F(ReviewLeadServiceTest, Filter_NarrowsBeforeTheSlice)
{
    ReviewFilter filter;
    filter.ownerId = team.sdr;
    EXPECT_EQ(names({}, filter), (QStringList{QStringLiteral("Ben"), QStringLiteral("Ann")}));
}

TEST_F(ReviewLeadServiceTest, Limit_ListsTheNewestAndCountsThemAll)
{
    auto page = ReviewLeadService(file.db()).leads(at(2, 0), at(9, 0), {}, {}, 2);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->total, 3);
    ASSERT_EQ(page->leads.size(), 2u);
    EXPECT_EQ(page->leads[0].name, QStringLiteral("Cat"));
    EXPECT_EQ(page->leads[0].owner, QStringLiteral("Olive Chen"));
}
