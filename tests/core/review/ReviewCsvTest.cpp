#include "review/ReviewCsv.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

PeriodMetrics handoffs(int handedOver, int accepted, int rejected)
{
    PeriodMetrics metrics;
    metrics.handedOver = handedOver;
    metrics.accepted = accepted;
    metrics.rejected = rejected;
    return metrics;
}

/// A review with two weeks, one owner and one campaign whose name needs quoting.
class ReviewCsvTest : public ::testing::Test {
protected:
    ReviewCsvTest()
    {
        review.weeks.push_back({QDate(2026, 3, 2), {}, {}, handoffs(0, 0, 0)});
        review.weeks.push_back({QDate(2026, 3, 9), {}, {}, handoffs(4, 3, 1)});
        owners.push_back({QStringLiteral("12"), QStringLiteral("Sam Sdr"), handoffs(4, 3, 1)});
        campaigns.push_back({QStringLiteral("3"), QStringLiteral("Webinar, spring"), handoffs(2, 1, 1)});
    }

    QStringList lines() const
    {
        QString text;
        QTextStream out(&text);
        ReviewCsv::writeReview(out, review, owners, campaigns);
        out.flush();
        return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }

    ReviewMetrics review;
    std::vector<GroupMetrics> owners;
    std::vector<GroupMetrics> campaigns;
};

TEST_F(ReviewCsvTest, WriteReview_GroupsWeeksOwnersAndCampaignsUnderOneHeader)
{
    const QStringList rows = lines();
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows[0],
              QStringLiteral("group,key,label,handed_over,accepted,rejected,acceptance_rate,sal_to_sql,"
                             "mql_to_sql,first_contact_median_business_seconds,"
                             "first_contact_p90_business_seconds,sla_compliance,completeness,"
                             "stale_mqls,moves_without_contact"));
    // Without a denominator a rate is left empty, not 0.
    EXPECT_EQ(rows[1], QStringLiteral("week,2026-03-02,2026-03-02,0,0,0,,,,,,,,0,0"));
    EXPECT_EQ(rows[2], QStringLiteral("week,2026-03-09,2026-03-09,4,3,1,0.7500,0.0000,0.0000,,,,0.0000,0,0"));
    EXPECT_TRUE(rows[3].startsWith(QStringLiteral("owner,12,Sam Sdr,4,3,1,")));
    EXPECT_TRUE(rows[4].startsWith(QStringLiteral("campaign,3,\"Webinar, spring\",2,1,1,0.5000,")));
}

TEST_F(ReviewCsvTest, SaveReview_MissingFolder_FailsNamingThePath)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no folder/review.csv"));
    const auto saved = ReviewCsv::saveReview(path, review, owners, campaigns);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, ErrorKind::Io);
    EXPECT_TRUE(saved.error().message.contains(path));
}

} // namespace
} // namespace baton::test
