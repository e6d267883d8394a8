#include "ReviewFixture.h"

namespace baton::cli::test {
namespace {

/// feedback report on fixtures whose numbers are worked out by hand. The period is the week
/// of Mon 2026-03-02 to Sun 2026-03-08; the four weeks before it start on 2026-02-02.
class FeedbackReportCommand : public ReviewFixture {
protected:
    CliOutput report(const QStringList &more = {})
    {
        return feedback(QStringList{QStringLiteral("report"), QStringLiteral("--from"),
                                    QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                                    QStringLiteral("2026-03-08")} +
                        more);
    }

    /// In the week: 3 × no_authority (two by Sam, one by Olive) and 1 × not_icp_fit (Sam).
    /// In the four weeks before: 2 × no_authority and 2 × not_icp_fit, all Sam's. Outside both:
    /// one on 2026-03-09 and one in January.
    void rejectionsByReason()
    {
        const QString authority = QStringLiteral("no_authority");
        const QString fit = QStringLiteral("not_icp_fit");
        rejected(QStringLiteral("Period One"), team.webinar, authority, day(2));
        rejected(QStringLiteral("Period Two"), team.webinar, authority, day(4));
        rejected(QStringLiteral("Period Three"), team.whitepaper, authority, day(8, 23),
                 QStringLiteral("olive.sdr"));
        rejected(QStringLiteral("Period Four"), team.whitepaper, fit, day(6));
        rejected(QStringLiteral("Earlier One"), team.webinar, authority, day(2).addDays(-7));
        rejected(QStringLiteral("Earlier Two"), team.webinar, authority, day(2).addDays(-14));
        rejected(QStringLiteral("Earlier Three"), team.webinar, fit, day(2).addDays(-21));
        rejected(QStringLiteral("Earlier Four"), team.webinar, fit, day(2).addDays(-28));
        rejected(QStringLiteral("After"), team.webinar, fit, day(9));
        rejected(QStringLiteral("Long Before"), team.webinar, authority, day(2).addDays(-40));
        setNow(day(10, 11));
    }

    /// Handed over in the week: from the webinar, one accepted and converted, one accepted, one
    /// rejected (no_authority); from the whitepaper, two rejected (not_icp_fit).
    void handoffsByCampaign()
    {
        const qint64 converted = handedOver(QStringLiteral("Won Lead"), team.webinar, day(3));
        accept(converted);
        must({QStringLiteral("lead"), QStringLiteral("convert"), QString::number(converted),
              QStringLiteral("--value"), QStringLiteral("12500"), QStringLiteral("--answer"),
              QStringLiteral("budget=yes"), QStringLiteral("--answer"), QStringLiteral("authority=yes"),
              QStringLiteral("--answer"), QStringLiteral("need=yes"), QStringLiteral("--answer"),
              QStringLiteral("timeline=yes"), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
        accept(handedOver(QStringLiteral("Taken Lead"), team.webinar, day(4)));
        rejected(QStringLiteral("Refused Lead"), team.webinar, QStringLiteral("no_authority"), day(5));
        rejected(QStringLiteral("Misfit One"), team.whitepaper, QStringLiteral("not_icp_fit"), day(5));
        rejected(QStringLiteral("Misfit Two"), team.whitepaper, QStringLiteral("not_icp_fit"), day(6));
        setNow(day(10, 11));
    }

    /// The table's line that starts with `label`.
    static QString lineOf(const QString &out, const QString &label)
    {
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            if (line.startsWith(label))
                return line;
        }
        return {};
    }

    /// The line's cells, split at runs of two or more spaces.
    static QStringList cells(const QString &line)
    {
        static const QRegularExpression gap(QStringLiteral(" {2,}"));
        return line.split(gap, Qt::SkipEmptyParts);
    }
};

TEST_F(FeedbackReportCommand, ByReason_Text_HasThePeriodsTotalsAndEachReasonsTrend)
{
    rejectionsByReason();
    const CliOutput result = report();
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(
        QStringLiteral("Rejections and disqualifications from 2026-03-02 to 2026-03-08: 4 (4 rejected, 0 "
                       "disqualified); 4 not "
                       "reviewed yet, 0 disputed. The 4 weeks before: 4 (1.0 a week).\n")))
        << result.out.toStdString();
    EXPECT_EQ(cells(lineOf(result.out, QStringLiteral("No authority"))),
              (QStringList{QStringLiteral("No authority"), QStringLiteral("3"), QStringLiteral("75.0%"),
                           QStringLiteral("0.5"), QStringLiteral("+25.0 pts")}))
        << result.out.toStdString();
    EXPECT_EQ(cells(lineOf(result.out, QStringLiteral("Not an ICP fit"))),
              (QStringList{QStringLiteral("Not an ICP fit"), QStringLiteral("1"), QStringLiteral("25.0%"),
                           QStringLiteral("0.5"), QStringLiteral("-25.0 pts")}));
    EXPECT_LT(result.out.indexOf(QStringLiteral("No authority")),
              result.out.indexOf(QStringLiteral("Not an ICP fit")));
}

TEST_F(FeedbackReportCommand, ByOwner_CountsWhoTurnedTheLeadsDown)
{
    rejectionsByReason();
    const CliOutput result = report({QStringLiteral("--by"), QStringLiteral("owner")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(cells(lineOf(result.out, QStringLiteral("Sam Rivera"))),
              (QStringList{QStringLiteral("Sam Rivera"), QStringLiteral("3"), QStringLiteral("75.0%"),
                           QStringLiteral("1.0"), QStringLiteral("-25.0 pts")}))
        << result.out.toStdString();
    EXPECT_EQ(cells(lineOf(result.out, QStringLiteral("Olive Chen"))),
              (QStringList{QStringLiteral("Olive Chen"), QStringLiteral("1"), QStringLiteral("25.0%"),
                           QStringLiteral("0.0"), QStringLiteral("+25.0 pts")}));
}

TEST_F(FeedbackReportCommand, ByReason_Csv_HasTheHeaderAndTheNumbers)
{
    rejectionsByReason();
    const CliOutput result = report({QStringLiteral("--csv")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts),
              (QStringList{
                  QStringLiteral("key,label,count,share,earlierWeeklyAverage,earlierShare,shareChangePoints"),
                  QStringLiteral("no_authority,No authority,3,0.7500,0.50,0.5000,25.00"),
                  QStringLiteral("not_icp_fit,Not an ICP fit,1,0.2500,0.50,0.5000,-25.00")}));
}

TEST_F(FeedbackReportCommand, ByReason_Json_HasTheTotalsAndTheGroups)
{
    rejectionsByReason();
    const CliOutput result = report({QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject object = result.json().object();
    EXPECT_EQ(object.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-02T00:00:00Z"));
    EXPECT_EQ(object.value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-09T00:00:00Z"));
    EXPECT_EQ(object.value(QStringLiteral("by")).toString(), QStringLiteral("reason"));
    EXPECT_EQ(object.value(QStringLiteral("total")).toInt(), 4);
    EXPECT_EQ(object.value(QStringLiteral("rejected")).toInt(), 4);
    EXPECT_EQ(object.value(QStringLiteral("open")).toInt(), 4);
    EXPECT_EQ(object.value(QStringLiteral("earlierWeeks")).toInt(), 4);
    EXPECT_EQ(object.value(QStringLiteral("earlierTotal")).toInt(), 4);
    const QJsonArray groups = object.value(QStringLiteral("groups")).toArray();
    ASSERT_EQ(groups.size(), 2);
    const QJsonObject top = groups.at(0).toObject();
    EXPECT_EQ(top.value(QStringLiteral("key")).toString(), QStringLiteral("no_authority"));
    EXPECT_EQ(top.value(QStringLiteral("label")).toString(), QStringLiteral("No authority"));
    EXPECT_EQ(top.value(QStringLiteral("count")).toInt(), 3);
    EXPECT_DOUBLE_EQ(top.value(QStringLiteral("share")).toDouble(), 0.75);
    EXPECT_DOUBLE_EQ(top.value(QStringLiteral("earlierWeeklyAverage")).toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(top.value(QStringLiteral("earlierShare")).toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(top.value(QStringLiteral("shareChangePoints")).toDouble(), 25.0);
    EXPECT_EQ(top.value(QStringLiteral("weekly")).toArray().size(), 5);
}

TEST_F(FeedbackReportCommand, ByCampaign_Text_HasTheCalibrationOfEachCampaign)
{
    handoffsByCampaign();
    const CliOutput result = report({QStringLiteral("--by"), QStringLiteral("campaign")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Handoffs from 2026-03-02 to 2026-03-08: 5 handed over, "
                                                     "2 accepted (40.0% of 5 decided), 3 rejected, 0 "
                                                     "disqualified, 1 converted (20.0%).\n")))
        << result.out.toStdString();
    EXPECT_EQ(cells(lineOf(result.out, QStringLiteral("Q3 Pipeline Webinar"))),
              (QStringList{QStringLiteral("Q3 Pipeline Webinar"), QStringLiteral("3"), QStringLiteral("2"),
                           QStringLiteral("66.7%"), QStringLiteral("1"), QStringLiteral("0"),
                           QStringLiteral("1"), QStringLiteral("33.3%"), QStringLiteral("No authority (1)")}))
        << result.out.toStdString();
    EXPECT_EQ(
        cells(lineOf(result.out, QStringLiteral("State of RevOps Whitepaper"))),
        (QStringList{QStringLiteral("State of RevOps Whitepaper"), QStringLiteral("2"), QStringLiteral("0"),
                     QStringLiteral("0.0%"), QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("0"),
                     QStringLiteral("0.0%"), QStringLiteral("Not an ICP fit (2)")}));
}

TEST_F(FeedbackReportCommand, BySourceAndBand_GroupTheSameHandoffs)
{
    handoffsByCampaign();
    const CliOutput bySource = report({QStringLiteral("--by"), QStringLiteral("source")});
    ASSERT_EQ(bySource.exitCode, 0) << bySource.err.toStdString();
    EXPECT_EQ(cells(lineOf(bySource.out, QStringLiteral("Webinar"))).value(1), QStringLiteral("3"))
        << bySource.out.toStdString();
    EXPECT_EQ(cells(lineOf(bySource.out, QStringLiteral("Whitepaper"))).value(1), QStringLiteral("2"));
    const CliOutput byBand = report({QStringLiteral("--by"), QStringLiteral("band")});
    ASSERT_EQ(byBand.exitCode, 0) << byBand.err.toStdString();
    EXPECT_EQ(cells(lineOf(byBand.out, QStringLiteral("80–99"))).mid(0, 3),
              (QStringList{QStringLiteral("80–99"), QStringLiteral("5"), QStringLiteral("2")}))
        << byBand.out.toStdString();
}

TEST_F(FeedbackReportCommand, ByRule_TotalsCountEachHandoffOnce)
{
    handoffsByCampaign();
    const CliOutput result = report({QStringLiteral("--by"), QStringLiteral("rule")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(
        result.out.startsWith(QStringLiteral("Handoffs from 2026-03-02 to 2026-03-08: 5 handed over,")))
        << result.out.toStdString();
    EXPECT_EQ(cells(lineOf(result.out, QStringLiteral("Target industry"))).value(1), QStringLiteral("5"))
        << result.out.toStdString();
}

TEST_F(FeedbackReportCommand, ByCampaign_CsvAndJson_HaveTheRows)
{
    handoffsByCampaign();
    const CliOutput csv =
        report({QStringLiteral("--by"), QStringLiteral("campaign"), QStringLiteral("--csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << csv.out.toStdString();
    EXPECT_EQ(lines.at(0),
              QStringLiteral("key,label,handedOver,accepted,decided,acceptanceRate,rejected,recycled,"
                             "disqualified,converted,conversionRate,topReasonCode,topReason,topReasonCount"));
    EXPECT_EQ(lines.at(1),
              QStringLiteral("%1,Q3 Pipeline Webinar,3,2,3,0.6667,1,0,0,1,0.3333,no_authority,No "
                             "authority,1")
                  .arg(team.webinar));

    const CliOutput json =
        report({QStringLiteral("--by"), QStringLiteral("campaign"), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject object = json.json().object();
    EXPECT_EQ(object.value(QStringLiteral("by")).toString(), QStringLiteral("campaign"));
    EXPECT_EQ(object.value(QStringLiteral("totals"))[QStringLiteral("handedOver")].toInt(), 5);
    EXPECT_EQ(object.value(QStringLiteral("totals"))[QStringLiteral("converted")].toInt(), 1);
    const QJsonArray rows = object.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    const QJsonObject whitepaper = rows.at(1).toObject();
    EXPECT_EQ(whitepaper.value(QStringLiteral("key")).toString(), QString::number(team.whitepaper));
    EXPECT_EQ(whitepaper.value(QStringLiteral("rejected")).toInt(), 2);
    EXPECT_DOUBLE_EQ(whitepaper.value(QStringLiteral("acceptanceRate")).toDouble(), 0.0);
    EXPECT_EQ(whitepaper.value(QStringLiteral("topReason"))[QStringLiteral("code")].toString(),
              QStringLiteral("not_icp_fit"));
    EXPECT_EQ(whitepaper.value(QStringLiteral("topReason"))[QStringLiteral("count")].toInt(), 2);
}

TEST_F(FeedbackReportCommand, ByReason_CountsStagesMovedOnWithoutContactPerPerson)
{
    // Sam accepts two leads with nothing logged and one after a connected call; Olive accepts one
    // with nothing logged. Accepting without contact is the move the report counts.
    setNow(day(3));
    accept(handedOver(QStringLiteral("Silent One"), team.webinar, day(3)));
    accept(handedOver(QStringLiteral("Silent Two"), team.webinar, day(4)));
    const qint64 called = handedOver(QStringLiteral("Called"), team.webinar, day(5));
    must({QStringLiteral("lead"), QStringLiteral("log"), QString::number(called), QStringLiteral("--type"),
          QStringLiteral("call"), QStringLiteral("--outcome"), QStringLiteral("connected"),
          QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    accept(called);
    const qint64 olives =
        handedOver(QStringLiteral("Olive's"), team.webinar, day(6), QStringLiteral("olive.sdr"));
    accept(olives, QStringLiteral("olive.sdr"));
    setNow(day(10, 11));

    const CliOutput text = report();
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(
        text.out.contains(QStringLiteral("Stages moved on with no meaningful contact behind them: 3\n")))
        << text.out.toStdString();
    EXPECT_EQ(cells(lineOf(text.out, QStringLiteral("Sam Rivera"))),
              (QStringList{QStringLiteral("Sam Rivera"), QStringLiteral("2")}));
    EXPECT_EQ(cells(lineOf(text.out, QStringLiteral("Olive Chen"))),
              (QStringList{QStringLiteral("Olive Chen"), QStringLiteral("1")}));

    const QJsonObject moves = report({QStringLiteral("--json")})
                                  .json()
                                  .object()
                                  .value(QStringLiteral("movesWithoutContact"))
                                  .toObject();
    EXPECT_EQ(moves.value(QStringLiteral("total")).toInt(), 3);
    const QJsonArray people = moves.value(QStringLiteral("byPerson")).toArray();
    ASSERT_EQ(people.size(), 2);
    EXPECT_EQ(people.at(0)[QStringLiteral("label")].toString(), QStringLiteral("Sam Rivera"));
    EXPECT_EQ(people.at(0)[QStringLiteral("count")].toInt(), 2);
}

TEST_F(FeedbackReportCommand, EmptyPeriod_SaysSo)
{
    const CliOutput result = report();
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral(": 0 (0 rejected, 0 disqualified)")))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("None in this period.")));
    EXPECT_TRUE(result.out.contains(
        QStringLiteral("Every stage moved on in the period had a meaningful contact behind it.")));
}

TEST_F(FeedbackReportCommand, BadArguments_AreUsageErrors)
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("report")},
          QStringList{QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-02")},
          QStringList{QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-09"),
                      QStringLiteral("--to"), QStringLiteral("2026-03-02")},
          QStringList{QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                      QStringLiteral("--to"), QStringLiteral("2026-03-08"), QStringLiteral("--by"),
                      QStringLiteral("colour")},
          QStringList{QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                      QStringLiteral("--to"), QStringLiteral("2026-03-08"), QStringLiteral("--json"),
                      QStringLiteral("--csv")}}) {
        const CliOutput result = feedback(args);
        EXPECT_EQ(result.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }
    EXPECT_TRUE(
        feedback({QStringLiteral("report")}).err.contains(QStringLiteral("--from DATE and --to DATE")));
}

} // namespace
} // namespace baton::cli::test
