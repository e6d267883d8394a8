#include "ReviewFixture.h"

namespace baton::cli::test {
namespace {

/// review decide, decisions, action add, action set and actions on the small team. "Now" is
/// Tue 2026-03-10 11:30 UTC: the week of Monday 9 March.
class ReviewMeetingCommand : public ReviewFixture {
protected:
    CliOutput review(const QStringList &args) { return ctl(QStringList{QStringLiteral("review")} + args); }

    /// `review action add` for the week, owned by `owner`; returns the new item's id.
    qint64 addItem(const QString &week, const QString &owner = QStringLiteral("sam.sdr"),
                   const QString &title = QStringLiteral("Call the webinar list"))
    {
        const CliOutput result = review(
            {QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--week"), week,
             QStringLiteral("--title"), title, QStringLiteral("--owner"), owner, QStringLiteral("--due"),
             QStringLiteral("2026-03-20"), QStringLiteral("--as"), QStringLiteral("mark.marketing")});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        return result.out.section(QLatin1Char(' '), 2, 2).toLongLong();
    }

    CliOutput setStatus(qint64 id, const QString &status, const QString &as, const QStringList &more = {})
    {
        return review(QStringList{QStringLiteral("action"), QStringLiteral("set"), QString::number(id),
                                  QStringLiteral("--status"), status, QStringLiteral("--as"), as} +
                      more);
    }

    QJsonArray actionsJson(const QStringList &args)
    {
        const CliOutput result =
            review(QStringList{QStringLiteral("actions")} + args + QStringList{QStringLiteral("--json")});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        return result.json().array();
    }
};

TEST_F(ReviewMeetingCommand, Decide_ThenDecisions_ListsItWithItsMetricAndWho)
{
    const CliOutput decided =
        review({QStringLiteral("decide"), QStringLiteral("--week"), QStringLiteral("2026-03-04"),
                QStringLiteral("--text"), QStringLiteral("Webinar leads need a title filter"),
                QStringLiteral("--metric"), QStringLiteral("acceptance_rate"), QStringLiteral("--as"),
                QStringLiteral("sally.manager")});
    ASSERT_EQ(decided.exitCode, 0) << decided.err.toStdString();
    EXPECT_TRUE(decided.out.contains(QStringLiteral("the week of Monday 2026-03-02")))
        << decided.out.toStdString();

    const CliOutput listed = review({QStringLiteral("decisions"), QStringLiteral("--week"),
                                     QStringLiteral("2026-03-02"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray decisions = listed.json().array();
    ASSERT_EQ(decisions.size(), 1);
    EXPECT_EQ(decisions[0][QStringLiteral("metric")].toString(), QStringLiteral("acceptance_rate"));
    EXPECT_EQ(decisions[0][QStringLiteral("week")].toString(), QStringLiteral("2026-03-02"));
    EXPECT_EQ(decisions[0][QStringLiteral("decidedBy")][QStringLiteral("login")].toString(),
              QStringLiteral("sally.manager"));

    const CliOutput text =
        review({QStringLiteral("decisions"), QStringLiteral("--week"), QStringLiteral("2026-03-02")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("Webinar leads need a title filter")))
        << text.out.toStdString();
    const CliOutput thisWeek = review({QStringLiteral("decisions")});
    EXPECT_TRUE(thisWeek.out.contains(QStringLiteral("No decisions for the week of Monday 2026-03-09")))
        << thisWeek.out.toStdString();
}

TEST_F(ReviewMeetingCommand, Decide_UnknownMetric_FailsWithExitOne)
{
    const CliOutput result =
        review({QStringLiteral("decide"), QStringLiteral("--week"), QStringLiteral("2026-03-02"),
                QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--metric"),
                QStringLiteral("happiness"), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("happiness"))) << result.err.toStdString();
}

TEST_F(ReviewMeetingCommand, Decide_WithoutTextOrWeek_IsAUsageError)
{
    EXPECT_EQ(review({QStringLiteral("decide"), QStringLiteral("--week"), QStringLiteral("2026-03-02"),
                      QStringLiteral("--as"), QStringLiteral("sam.sdr")})
                  .exitCode,
              2);
    EXPECT_EQ(review({QStringLiteral("decide"), QStringLiteral("--text"), QStringLiteral("x"),
                      QStringLiteral("--as"), QStringLiteral("sam.sdr")})
                  .exitCode,
              2);
}

TEST_F(ReviewMeetingCommand, Decide_UnknownDefinitionVersion_FailsWithExitOne)
{
    const CliOutput result =
        review({QStringLiteral("decide"), QStringLiteral("--week"), QStringLiteral("2026-03-02"),
                QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--definition"),
                QStringLiteral("42"), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
}

TEST_F(ReviewMeetingCommand, Actions_ThisWeek_ShowsItsItemsAndThoseCarriedOver)
{
    const qint64 early = addItem(QStringLiteral("2026-03-02"));
    const qint64 now = addItem(QStringLiteral("2026-03-11"));
    const QJsonArray items = actionsJson({});
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0][QStringLiteral("id")].toInteger(), early);
    EXPECT_TRUE(items[0][QStringLiteral("carriedOver")].toBool());
    EXPECT_EQ(items[1][QStringLiteral("id")].toInteger(), now);
    EXPECT_FALSE(items[1][QStringLiteral("carriedOver")].toBool());
    EXPECT_EQ(items[1][QStringLiteral("week")].toString(), QStringLiteral("2026-03-09"));

    const CliOutput text = review({QStringLiteral("actions")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("2026-03-02 *"))) << text.out.toStdString();
}

TEST_F(ReviewMeetingCommand, ActionSet_Done_StopsTheItemCarryingOver)
{
    const qint64 id = addItem(QStringLiteral("2026-03-02"));
    const CliOutput done = setStatus(id, QStringLiteral("done"), QStringLiteral("sam.sdr"));
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains(QStringLiteral("open -> done by sam.sdr (version 2)")))
        << done.out.toStdString();
    EXPECT_TRUE(actionsJson({}).isEmpty());
    EXPECT_EQ(actionsJson({QStringLiteral("--week"), QStringLiteral("2026-03-02")}).size(), 1);
    EXPECT_TRUE(actionsJson({QStringLiteral("--open")}).isEmpty());
}

TEST_F(ReviewMeetingCommand, ActionSet_ByAnotherSdr_IsRefusedWithExitOne)
{
    const qint64 id = addItem(QStringLiteral("2026-03-09"));
    const CliOutput refused = setStatus(id, QStringLiteral("dropped"), QStringLiteral("olive.sdr"));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("was not changed"))) << refused.err.toStdString();
    EXPECT_EQ(actionsJson({QStringLiteral("--open")}).size(), 1);
}

TEST_F(ReviewMeetingCommand, ActionSet_StaleVersion_IsAConflictNamingWhoChangedIt)
{
    const qint64 id = addItem(QStringLiteral("2026-03-09"));
    ASSERT_EQ(setStatus(id, QStringLiteral("in_progress"), QStringLiteral("sally.manager")).exitCode, 0);
    const CliOutput stale = setStatus(id, QStringLiteral("done"), QStringLiteral("sam.sdr"),
                                      {QStringLiteral("--version"), QStringLiteral("1")});
    EXPECT_EQ(stale.exitCode, 1);
    EXPECT_TRUE(stale.err.contains(QStringLiteral("Sally Brooks"))) << stale.err.toStdString();
    const QJsonArray open = actionsJson({QStringLiteral("--open")});
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open[0][QStringLiteral("status")].toString(), QStringLiteral("in_progress"));
    EXPECT_EQ(open[0][QStringLiteral("version")].toInteger(), 2);
}

TEST_F(ReviewMeetingCommand, ActionSet_UnknownStatus_IsAUsageError)
{
    const qint64 id = addItem(QStringLiteral("2026-03-09"));
    const CliOutput result = setStatus(id, QStringLiteral("finished"), QStringLiteral("sam.sdr"));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("in_progress"))) << result.err.toStdString();
}

TEST_F(ReviewMeetingCommand, ActionAdd_UnknownOwner_FailsWithExitOne)
{
    const CliOutput result =
        review({QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--week"),
                QStringLiteral("2026-03-09"), QStringLiteral("--title"), QStringLiteral("t"),
                QStringLiteral("--owner"), QStringLiteral("nobody"), QStringLiteral("--due"),
                QStringLiteral("2026-03-20"), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
}

TEST_F(ReviewMeetingCommand, ActionAdd_BadDueDate_IsAUsageError)
{
    const CliOutput result =
        review({QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--week"),
                QStringLiteral("2026-03-09"), QStringLiteral("--title"), QStringLiteral("t"),
                QStringLiteral("--owner"), QStringLiteral("sam.sdr"), QStringLiteral("--due"),
                QStringLiteral("soon"), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--due"))) << result.err.toStdString();
}

TEST_F(ReviewMeetingCommand, Actions_ThisWeekInAZoneAheadOfUtc_IsTheWeekThatZoneIsIn)
{
    // Sun 2026-03-08 23:30 UTC is already Monday 9 March in Berlin.
    setNow(QDateTime(QDate(2026, 3, 8), QTime(23, 30), QTimeZone::utc()));
    addItem(QStringLiteral("2026-03-09"));
    EXPECT_TRUE(actionsJson({QStringLiteral("--zone"), QStringLiteral("UTC")}).isEmpty());
    EXPECT_EQ(actionsJson({QStringLiteral("--zone"), QStringLiteral("Europe/Berlin")}).size(), 1);
}

TEST_F(ReviewMeetingCommand, Actions_OpenAndWeekTogether_IsAUsageError)
{
    EXPECT_EQ(review({QStringLiteral("actions"), QStringLiteral("--open"), QStringLiteral("--week"),
                      QStringLiteral("2026-03-09")})
                  .exitCode,
              2);
}

} // namespace
} // namespace baton::cli::test
