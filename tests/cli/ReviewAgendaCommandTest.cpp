#include "ReviewFixture.h"

namespace baton::cli::test {
namespace {

/// `review agenda` on the week of Mon 2026-03-02 (UTC): Sam accepts one lead and rejects two, so
/// the acceptance rate (33%) misses the built-in target of 60%; the week before had no handoffs.
/// An action item raised the week before is still open. "Now" is Tue 2026-03-10 11:30 UTC.
class ReviewAgendaCommand : public ReviewFixture {
protected:
    void week()
    {
        accept(handedOver(QStringLiteral("Taken"), team.webinar, day(3)));
        rejected(QStringLiteral("Refused One"), team.webinar, QStringLiteral("no_authority"), day(3, 12));
        rejected(QStringLiteral("Refused Two"), std::nullopt, QStringLiteral("no_authority"), day(4));
        setNow(day(10, 11));
        const CliOutput added =
            agenda({}, {QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--week"),
                        QStringLiteral("2026-02-23"), QStringLiteral("--title"),
                        QStringLiteral("Call the webinar list"), QStringLiteral("--owner"),
                        QStringLiteral("sam.sdr"), QStringLiteral("--due"), QStringLiteral("2026-03-20"),
                        QStringLiteral("--metric"), QStringLiteral("acceptance_rate"), QStringLiteral("--as"),
                        QStringLiteral("mark.marketing")});
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        itemId = added.out.section(QLatin1Char(' '), 2, 2).toLongLong();
    }

    /// `review agenda --week 2026-03-02 --zone UTC` and more; or another review command.
    CliOutput agenda(const QStringList &more, const QStringList &command = {})
    {
        if (!command.isEmpty())
            return ctl(QStringList{QStringLiteral("review")} + command);
        return ctl(QStringList{QStringLiteral("review"), QStringLiteral("agenda"), QStringLiteral("--week"),
                               QStringLiteral("2026-03-02"), QStringLiteral("--zone"),
                               QStringLiteral("UTC")} +
                   more);
    }

    qint64 itemId = 0;
};

TEST_F(ReviewAgendaCommand, Text_MissedTargetThenChangesThenCarriedOverItems)
{
    week();
    const CliOutput result = agenda({});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QString &out = result.out;
    EXPECT_TRUE(out.startsWith(QStringLiteral("Agenda for the week of Monday 2026-03-02 (UTC):")))
        << out.toStdString();
    const auto missed =
        out.indexOf(QStringLiteral("Acceptance rate (MQL to SAL) 33% \u2014 target \u2265 60% missed"));
    const auto changed = out.indexOf(QStringLiteral("Handed over rose from 0 to 3"));
    const auto carried = out.indexOf(QStringLiteral("#%1 Call the webinar list \u2014 Sam").arg(itemId));
    EXPECT_GE(missed, 0) << out.toStdString();
    EXPECT_GT(changed, missed) << out.toStdString();
    EXPECT_GT(carried, changed) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("from the week of 23 Feb 2026"))) << out.toStdString();
}

TEST_F(ReviewAgendaCommand, Json_ItemsWithKindMetricAndTheCarriedOverItem)
{
    week();
    const CliOutput result = agenda({QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = result.json().object();
    EXPECT_EQ(json[QStringLiteral("week")].toString(), QStringLiteral("2026-03-02"));
    const QJsonArray items = json[QStringLiteral("items")].toArray();
    ASSERT_GE(items.size(), 3);
    // The built-in targets: completeness (no package here is complete) and acceptance are missed.
    EXPECT_EQ(items[0][QStringLiteral("kind")].toString(), QStringLiteral("missed_target"));
    bool acceptanceMissed = false;
    bool changed = false;
    for (const QJsonValue item : items) {
        acceptanceMissed |= item[QStringLiteral("kind")].toString() == QStringLiteral("missed_target") &&
                            item[QStringLiteral("metric")].toString() == QStringLiteral("acceptance_rate") &&
                            item[QStringLiteral("worse")].toBool();
        changed |= item[QStringLiteral("kind")].toString() == QStringLiteral("change");
    }
    EXPECT_TRUE(acceptanceMissed);
    EXPECT_TRUE(changed);
    const QJsonValue last = items[items.size() - 1];
    EXPECT_EQ(last[QStringLiteral("kind")].toString(), QStringLiteral("carried_over_action"));
    EXPECT_EQ(last[QStringLiteral("actionItem")].toInteger(), itemId);
    EXPECT_EQ(last[QStringLiteral("metric")].toString(), QStringLiteral("acceptance_rate"));
}

TEST_F(ReviewAgendaCommand, OwnerFilter_OnlyThatOwnersHandoffs)
{
    week();
    const CliOutput result =
        agenda({QStringLiteral("--owner"), QStringLiteral("olive.sdr"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray items = result.json().object()[QStringLiteral("items")].toArray();
    // Olive had no handoffs: no rate to miss a target with, no change; the item still carries over.
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0][QStringLiteral("kind")].toString(), QStringLiteral("carried_over_action"));
}

TEST_F(ReviewAgendaCommand, QuietWeek_SaysNothingIsOnTheAgenda)
{
    const CliOutput result = agenda({});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(
        result.out.startsWith(QStringLiteral("Nothing on the agenda for the week of Monday 2026-03-02")))
        << result.out.toStdString();
}

TEST_F(ReviewAgendaCommand, BadCampaignSegmentOrOwner_IsAUsageError)
{
    EXPECT_EQ(agenda({QStringLiteral("--campaign"), QStringLiteral("x")}).exitCode, 2);
    EXPECT_EQ(agenda({QStringLiteral("--segment"), QStringLiteral("giant")}).exitCode, 2);
    const CliOutput owner = agenda({QStringLiteral("--owner"), QStringLiteral("nobody")});
    EXPECT_EQ(owner.exitCode, 2);
    EXPECT_TRUE(owner.err.contains(QStringLiteral("nobody"))) << owner.err.toStdString();
}

TEST_F(ReviewAgendaCommand, Help_ListsOptionsAndExamples)
{
    const CliOutput help = agenda({}, {QStringLiteral("agenda"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--campaign"))) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("review agenda --week 2026-03-02")))
        << help.out.toStdString();
}

} // namespace
} // namespace baton::cli::test
