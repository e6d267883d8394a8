#include "ReviewFixture.h"

namespace baton::cli::test {
namespace {

/// rejections list and show: the inbox's rows, filtered, newest first, and one review with
/// its thread. "Now" is 2026-03-10 11:30 UTC.
class RejectionListShowCommand : public ReviewFixture {
protected:
    void SetUp() override
    {
        oldest = rejected(QStringLiteral("Old Lead"), team.webinar, QStringLiteral("no_authority"),
                          day(1).addDays(-40));
        webinar = rejected(QStringLiteral("Jane Doe"), team.webinar, QStringLiteral("no_authority"), day(3));
        whitepaper = rejected(QStringLiteral("Omar Haddad"), team.whitepaper, QStringLiteral("not_icp_fit"),
                              day(5), QStringLiteral("olive.sdr"), QStringLiteral("Haddad, Sons & Co"));
        noCampaign = rejected(QStringLiteral("Nia Okafor"), std::nullopt, QStringLiteral("bad_data"), day(7));
        lost = disqualified(QStringLiteral("Lee Park"), team.webinar, QStringLiteral("no_budget"), day(9));
        setNow(day(10, 11).addSecs(1800));
    }

    /// The lead ids of `rejections list ARGS --json`, in its order.
    QList<qint64> listed(const QStringList &args)
    {
        const CliOutput result =
            rejections(QStringList{QStringLiteral("list")} + args + QStringList{QStringLiteral("--json")});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        QList<qint64> ids;
        for (const QJsonValue row : result.json().array())
            ids << row[QStringLiteral("lead")][QStringLiteral("id")].toInteger();
        return ids;
    }

    qint64 oldest = 0;
    qint64 webinar = 0;
    qint64 whitepaper = 0;
    qint64 noCampaign = 0;
    qint64 lost = 0;
};

TEST_F(RejectionListShowCommand, List_WithoutPeriod_ShowsTheLast28DaysNewestFirst)
{
    EXPECT_EQ(listed({}), (QList<qint64>{lost, noCampaign, whitepaper, webinar}));
}

TEST_F(RejectionListShowCommand, List_Text_HasTheColumnsAndTheReasonsLabels)
{
    const CliOutput result = rejections({QStringLiteral("list")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 7) << result.out.toStdString();
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("from 2026-02-10 11:30 to 2026-03-10 11:30 UTC")))
        << lines.at(0).toStdString();
    for (const char *column :
         {"id", "when (UTC)", "lead", "name", "company", "stage", "reason", "owner", "status"})
        EXPECT_TRUE(lines.at(1).contains(QLatin1String(column))) << column;
    const QString &newest = lines.at(3);
    EXPECT_TRUE(newest.contains(QStringLiteral("2026-03-09 10:00"))) << newest.toStdString();
    EXPECT_TRUE(newest.contains(QStringLiteral("Lee Park")));
    EXPECT_TRUE(newest.contains(QStringLiteral("disqualified")));
    EXPECT_TRUE(newest.contains(QStringLiteral("No budget")));
    EXPECT_TRUE(newest.contains(QStringLiteral("sam.sdr")));
    EXPECT_TRUE(newest.contains(QStringLiteral("open")));
    EXPECT_TRUE(lines.at(4).contains(QStringLiteral("Bad contact data"))) << lines.at(4).toStdString();
}

TEST_F(RejectionListShowCommand, List_Period_IncludesTheLastDayAndNothingBefore)
{
    EXPECT_EQ(listed({QStringLiteral("--from"), QStringLiteral("2026-03-05"), QStringLiteral("--to"),
                      QStringLiteral("2026-03-07")}),
              (QList<qint64>{noCampaign, whitepaper}));
    EXPECT_EQ(listed({QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                      QStringLiteral("2026-03-03T10:00:00Z")}),
              (QList<qint64>{oldest}));
}

TEST_F(RejectionListShowCommand, List_Filters_NarrowTheRows)
{
    EXPECT_EQ(listed({QStringLiteral("--stage"), QStringLiteral("disqualified")}), QList<qint64>{lost});
    EXPECT_EQ(listed({QStringLiteral("--reason"), QStringLiteral("no_authority")}), QList<qint64>{webinar});
    EXPECT_EQ(listed({QStringLiteral("--campaign"), QString::number(team.webinar)}),
              (QList<qint64>{lost, webinar}));
    EXPECT_EQ(listed({QStringLiteral("--campaign"), QStringLiteral("0")}), QList<qint64>{noCampaign});
    EXPECT_EQ(listed({QStringLiteral("--source"), QStringLiteral("whitepaper")}), QList<qint64>{whitepaper});
    EXPECT_EQ(listed({QStringLiteral("--source"), QStringLiteral("none")}), QList<qint64>{noCampaign});
    EXPECT_EQ(listed({QStringLiteral("--owner"), QStringLiteral("olive.sdr")}), QList<qint64>{whitepaper});
    EXPECT_EQ(listed({QStringLiteral("--band"), QStringLiteral("80")}).size(), 4);
    EXPECT_TRUE(listed({QStringLiteral("--band"), QStringLiteral("20")}).isEmpty());
    EXPECT_TRUE(listed({QStringLiteral("--band"), QStringLiteral("none")}).isEmpty()); // every one was scored
    EXPECT_EQ(listed({QStringLiteral("--limit"), QStringLiteral("2")}), (QList<qint64>{lost, noCampaign}));
}

TEST_F(RejectionListShowCommand, List_ByStatus_FollowsTheReview)
{
    const CliOutput ack = rejections({QStringLiteral("ack"), QString::number(reviewOf(whitepaper)),
                                      QStringLiteral("--as"), QStringLiteral("mark.marketing")});
    ASSERT_EQ(ack.exitCode, 0) << ack.err.toStdString();
    EXPECT_EQ(listed({QStringLiteral("--status"), QStringLiteral("acknowledged")}),
              QList<qint64>{whitepaper});
    EXPECT_EQ(listed({QStringLiteral("--status"), QStringLiteral("open")}),
              (QList<qint64>{lost, noCampaign, webinar}));
}

TEST_F(RejectionListShowCommand, List_BadValues_AreUsageErrors)
{
    for (const QStringList &args : {QStringList{QStringLiteral("--status"), QStringLiteral("closed")},
                                    QStringList{QStringLiteral("--stage"), QStringLiteral("sal")},
                                    QStringList{QStringLiteral("--band"), QStringLiteral("15")},
                                    QStringList{QStringLiteral("--campaign"), QStringLiteral("webinar")},
                                    QStringList{QStringLiteral("--from"), QStringLiteral("March")},
                                    QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-09"),
                                                QStringLiteral("--to"), QStringLiteral("2026-03-01")},
                                    QStringList{QStringLiteral("--json"), QStringLiteral("--csv")}}) {
        const CliOutput result = rejections(QStringList{QStringLiteral("list")} + args);
        EXPECT_EQ(result.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }
}

TEST_F(RejectionListShowCommand, List_UnknownOwner_FailsWithExitOne)
{
    const CliOutput result =
        rejections({QStringLiteral("list"), QStringLiteral("--owner"), QStringLiteral("bob")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--owner bob"))) << result.err.toStdString();
}

TEST_F(RejectionListShowCommand, List_Json_HasTheFieldsForScripts)
{
    const CliOutput result = rejections({QStringLiteral("list"), QStringLiteral("--owner"),
                                         QStringLiteral("olive.sdr"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray rows = result.json().array();
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject row = rows.at(0).toObject();
    EXPECT_EQ(row.value(QStringLiteral("id")).toInteger(), reviewOf(whitepaper));
    EXPECT_EQ(row.value(QStringLiteral("version")).toInteger(), 1);
    EXPECT_EQ(row.value(QStringLiteral("stage")).toString(), QStringLiteral("rejected"));
    EXPECT_EQ(row.value(QStringLiteral("reason"))[QStringLiteral("code")].toString(),
              QStringLiteral("not_icp_fit"));
    EXPECT_EQ(row.value(QStringLiteral("reason"))[QStringLiteral("label")].toString(),
              QStringLiteral("Not an ICP fit"));
    EXPECT_EQ(row.value(QStringLiteral("note")).toString(), QStringLiteral("Said so on the call"));
    EXPECT_EQ(row.value(QStringLiteral("rejectedAt")).toString(), QStringLiteral("2026-03-05T10:00:00Z"));
    EXPECT_EQ(row.value(QStringLiteral("rejectedBy"))[QStringLiteral("login")].toString(),
              QStringLiteral("olive.sdr"));
    EXPECT_EQ(row.value(QStringLiteral("lead"))[QStringLiteral("name")].toString(),
              QStringLiteral("Omar Haddad"));
    EXPECT_EQ(row.value(QStringLiteral("lead"))[QStringLiteral("company")].toString(),
              QStringLiteral("Haddad, Sons & Co"));
    EXPECT_EQ(row.value(QStringLiteral("campaign"))[QStringLiteral("name")].toString(),
              QStringLiteral("State of RevOps Whitepaper"));
    EXPECT_EQ(row.value(QStringLiteral("campaign"))[QStringLiteral("source")].toString(),
              QStringLiteral("whitepaper"));
    EXPECT_EQ(row.value(QStringLiteral("totalScore")).toInt(), 85);
    EXPECT_EQ(row.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    EXPECT_TRUE(row.value(QStringLiteral("statusBy")).isNull());
}

TEST_F(RejectionListShowCommand, List_Csv_HasTheHeaderAndQuotesWhatNeedsIt)
{
    const CliOutput result = rejections({QStringLiteral("list"), QStringLiteral("--csv")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5) << result.out.toStdString();
    EXPECT_EQ(lines.at(0),
              QStringLiteral("id,rejectedAt,leadId,leadName,company,stage,reasonCode,reason,owner,status,"
                             "version"));
    EXPECT_EQ(lines.at(3),
              QStringLiteral("%1,2026-03-05T10:00:00Z,%2,Omar Haddad,\"Haddad, Sons & Co\",rejected,"
                             "not_icp_fit,Not an ICP fit,olive.sdr,open,1")
                  .arg(reviewOf(whitepaper))
                  .arg(whitepaper));
}

TEST_F(RejectionListShowCommand, List_NothingInThePeriod_SaysSo)
{
    const CliOutput result =
        rejections({QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                    QStringLiteral("--to"), QStringLiteral("2025-01-31")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(
        QStringLiteral("No rejections or disqualifications from 2025-01-01 to 2025-01-31")))
        << result.out.toStdString();
}

TEST_F(RejectionListShowCommand, Show_Text_HasTheReviewAndTheThreadOldestFirst)
{
    const qint64 id = reviewOf(webinar);
    setNow(day(10, 11));
    ASSERT_EQ(rejections({QStringLiteral("ack"), QString::number(id), QStringLiteral("--note"),
                          QStringLiteral("Fair"), QStringLiteral("--as"), QStringLiteral("mark.marketing")})
                  .exitCode,
              0);
    setNow(day(10, 12));
    ASSERT_EQ(rejections({QStringLiteral("comment"), QString::number(webinar), QStringLiteral("--text"),
                          QStringLiteral("Thanks"), QStringLiteral("--as"), QStringLiteral("sam.sdr")})
                  .exitCode,
              0);

    const CliOutput result = rejections({QStringLiteral("show"), QString::number(id)});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QString &out = result.out;
    for (const QString &expected :
         {QStringLiteral("Rejection review %1 (version 2)").arg(id),
          QStringLiteral("%1 (Jane Doe, Acme Corp), now rejected").arg(webinar),
          QStringLiteral("2026-03-03 10:00 by Sam Rivera (sam.sdr)"),
          QStringLiteral("No authority (no_authority)"), QStringLiteral("Said so on the call"),
          QStringLiteral("Q3 Pipeline Webinar (webinar)"), QStringLiteral("Score at handoff: 85"),
          QStringLiteral("Acknowledged by Mark Okafor (mark.marketing) at 2026-03-10 11:00")}) {
        EXPECT_TRUE(out.contains(expected)) << expected.toStdString() << "\n" << out.toStdString();
    }
    const qsizetype acknowledged = out.indexOf(QStringLiteral("Mark Okafor (mark.marketing), acknowledged"));
    const qsizetype comment = out.indexOf(QStringLiteral("Sam Rivera (sam.sdr), comment"));
    ASSERT_GE(acknowledged, 0) << out.toStdString();
    EXPECT_GT(comment, acknowledged);
    EXPECT_TRUE(out.contains(QStringLiteral("    Thanks")));
}

TEST_F(RejectionListShowCommand, Show_Json_HasTheReviewTheLeadNowAndTheThread)
{
    const qint64 id = reviewOf(lost);
    ASSERT_EQ(rejections({QStringLiteral("comment"), QString::number(lost), QStringLiteral("--text"),
                          QStringLiteral("Budget frozen until Q3"), QStringLiteral("--as"),
                          QStringLiteral("sam.sdr")})
                  .exitCode,
              0);
    const CliOutput result =
        rejections({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject object = result.json().object();
    EXPECT_EQ(object.value(QStringLiteral("id")).toInteger(), id);
    EXPECT_EQ(object.value(QStringLiteral("stage")).toString(), QStringLiteral("disqualified"));
    EXPECT_EQ(object.value(QStringLiteral("reason"))[QStringLiteral("label")].toString(),
              QStringLiteral("No budget"));
    EXPECT_EQ(object.value(QStringLiteral("lead"))[QStringLiteral("stageNow")].toString(),
              QStringLiteral("disqualified"));
    EXPECT_EQ(object.value(QStringLiteral("campaign"))[QStringLiteral("id")].toInteger(), team.webinar);
    const QJsonArray thread = object.value(QStringLiteral("thread")).toArray();
    ASSERT_EQ(thread.size(), 1);
    EXPECT_EQ(thread.at(0)[QStringLiteral("body")].toString(), QStringLiteral("Budget frozen until Q3"));
    EXPECT_TRUE(thread.at(0)[QStringLiteral("reviewId")].isNull());
}

TEST_F(RejectionListShowCommand, Show_UnknownOrMalformedId_IsRefused)
{
    const CliOutput unknown = rejections({QStringLiteral("show"), QStringLiteral("4242")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("There is no rejection review 4242.")))
        << unknown.err.toStdString();
    EXPECT_EQ(rejections({QStringLiteral("show"), QStringLiteral("-3")}).exitCode, 2);
}

} // namespace
} // namespace baton::cli::test
