#pragma once

#include "CliRunner.h"
#include "LeadSpecBuilder.h"
#include "ScopedEnvironment.h"
#include "storage/LeadRepository.h"
#include "storage/ReviewRepository.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace baton::cli::test {

/// The small team, and leads handed over, accepted, rejected and disqualified through batonctl
/// at the times the tests choose: each step runs with BATON_NOW set to its moment. The default
/// "now" is Tue 2026-03-10 11:30 UTC.
class ReviewFixture : public ::testing::Test {
protected:
    ReviewFixture()
        : team(baton::test::addTeam(file.db()))
    {}

    CliOutput ctl(const QStringList &args) { return CliRunner::onFile(file.path(), args); }
    CliOutput rejections(const QStringList &args)
    {
        return ctl(QStringList{QStringLiteral("rejections")} + args);
    }
    CliOutput feedback(const QStringList &args)
    {
        return ctl(QStringList{QStringLiteral("feedback")} + args);
    }

    /// March 2026, at the hour given (UTC).
    static QDateTime day(int d, int hour = 10)
    {
        return QDateTime(QDate(2026, 3, d), QTime(hour, 0), QTimeZone::utc());
    }

    void setNow(const QDateTime &at) { qputenv("BATON_NOW", at.toUTC().toString(Qt::ISODate).toLatin1()); }

    /// Runs one command that must succeed.
    void must(const QStringList &args)
    {
        const CliOutput result = ctl(args);
        ASSERT_EQ(result.exitCode, 0)
            << args.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString();
    }

    /// A nurture lead handed over by hand at `at` to `owner`; scored by the built-in definition
    /// (85 points of fit for the standard test lead, band 80–99).
    qint64 handedOver(const QString &name, std::optional<qint64> campaign, const QDateTime &at,
                      const QString &owner = QStringLiteral("sam.sdr"),
                      const QString &company = QStringLiteral("Acme Corp"))
    {
        LeadSpecBuilder spec(name);
        spec.stage(Stage::Nurture).company(company);
        if (campaign)
            spec.campaign(*campaign);
        const qint64 id = baton::test::addLead(file.db(), spec.spec());
        setNow(at);
        must({QStringLiteral("lead"), QStringLiteral("handover"), QString::number(id), QStringLiteral("--to"),
              owner});
        return id;
    }

    /// Handed over ten minutes before `at`, rejected by its owner at `at`.
    qint64 rejected(const QString &name, std::optional<qint64> campaign, const QString &reason,
                    const QDateTime &at, const QString &owner = QStringLiteral("sam.sdr"),
                    const QString &company = QStringLiteral("Acme Corp"))
    {
        const qint64 id = handedOver(name, campaign, at.addSecs(-600), owner, company);
        setNow(at);
        must({QStringLiteral("lead"), QStringLiteral("reject"), QString::number(id),
              QStringLiteral("--reason"), reason, QStringLiteral("--note"),
              QStringLiteral("Said so on the call"), QStringLiteral("--as"), owner});
        return id;
    }

    void accept(qint64 lead, const QString &owner = QStringLiteral("sam.sdr"))
    {
        must({QStringLiteral("lead"), QStringLiteral("accept"), QString::number(lead), QStringLiteral("--as"),
              owner});
    }

    /// Handed over, accepted, then disqualified at `at`.
    qint64 disqualified(const QString &name, std::optional<qint64> campaign, const QString &reason,
                        const QDateTime &at)
    {
        const qint64 id = handedOver(name, campaign, at.addSecs(-1200));
        setNow(at.addSecs(-600));
        accept(id);
        setNow(at);
        must({QStringLiteral("lead"), QStringLiteral("disqualify"), QString::number(id),
              QStringLiteral("--reason"), reason, QStringLiteral("--as"), QStringLiteral("sam.sdr")});
        return id;
    }

    /// The review of the lead's latest rejection or disqualification.
    qint64 reviewOf(qint64 leadId)
    {
        auto review = ReviewRepository(file.db()).latestFor(leadId);
        EXPECT_TRUE(review.ok() && review->has_value());
        return review.ok() && review->has_value() ? (*review)->id : 0;
    }

    RejectionReview review(qint64 reviewId)
    {
        auto found = ReviewRepository(file.db()).find(reviewId);
        EXPECT_TRUE(found.ok());
        return found.ok() ? *found : RejectionReview{};
    }

    Lead lead(qint64 id)
    {
        auto found = LeadRepository(file.db()).find(id);
        EXPECT_TRUE(found.ok());
        return found.ok() ? *found : Lead{};
    }

    ScopedEnvironment now{"BATON_NOW", "2026-03-10T11:30:00Z"};
    baton::test::TestFile file;
    baton::test::Team team;
};

} // namespace baton::cli::test
