#include "ReviewFixture.h"

namespace baton::cli::test {
namespace {

/// `report` on the week of Mon 2026-03-02 (UTC): three leads handed over to Sam, one to Olive.
/// Sam accepts two after a call and rejects one (no authority); Olive's lead waits untouched.
class ReportCommand : public ReviewFixture {
protected:
    void week()
    {
        for (const char *name : {"Called One", "Called Two"}) {
            const qint64 id = handedOver(QString::fromLatin1(name), team.webinar, day(3));
            setNow(day(3, 11));
            must({QStringLiteral("lead"), QStringLiteral("log"), QString::number(id),
                  QStringLiteral("--type"), QStringLiteral("call"), QStringLiteral("--outcome"),
                  QStringLiteral("connected"), QStringLiteral("--as"), QStringLiteral("sam.sdr")});
            accept(id);
        }
        rejected(QStringLiteral("Refused"), std::nullopt, QStringLiteral("no_authority"), day(4));
        handedOver(QStringLiteral("Waiting"), std::nullopt, day(5), QStringLiteral("olive.sdr"));
        setNow(day(10, 11));
    }

    CliOutput report(const QStringList &more = {})
    {
        return ctl(QStringList{QStringLiteral("report"), QStringLiteral("--from"),
                               QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                               QStringLiteral("2026-03-08"), QStringLiteral("--zone"),
                               QStringLiteral("UTC")} +
                   more);
    }

    static QStringList cells(const QString &out, const QString &label)
    {
        static const QRegularExpression gap(QStringLiteral(" {2,}"));
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            if (line.startsWith(label))
                return line.split(gap, Qt::SkipEmptyParts);
        }
        return {};
    }
};

TEST_F(ReportCommand, Text_TheWeekAgainstTheWeekBefore)
{
    week();
    const CliOutput result = report();
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("Review of the handoffs from 2026-03-02 to 2026-03-08 "
                                                     "(weeks from Monday, UTC), against the 7 d before.")))
        << result.out.toStdString();
    EXPECT_EQ(cells(result.out, QStringLiteral("Handed over")),
              (QStringList{QStringLiteral("Handed over"), QStringLiteral("4"), QStringLiteral("0"),
                           QStringLiteral("+4")}));
    EXPECT_EQ(cells(result.out, QStringLiteral("Acceptance rate")),
              (QStringList{QStringLiteral("Acceptance rate (MQL to SAL)"), QStringLiteral("66.7%"),
                           QStringLiteral("—"), QStringLiteral("≥ 60.0%")}));
    // Sam's two calls came an hour after the 10:00 handoffs.
    EXPECT_EQ(cells(result.out, QStringLiteral("First contact, median (wall time)")).value(1),
              QStringLiteral("1 h"));
    EXPECT_TRUE(result.out.contains(QStringLiteral("  No authority: 1 (100.0%)")));
    // SLA: 2 met of 4 (one missed, one still waiting past its due time) against the 80% target.
    EXPECT_EQ(cells(result.out, QStringLiteral("SLA compliance")).last(), QStringLiteral("≥ 80.0% missed"))
        << result.out.toStdString();
}

TEST_F(ReportCommand, Json_HasEveryMetricThePreviousPeriodAndTwelveWeeks)
{
    week();
    const CliOutput result = report({QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject object = result.json().object();
    const QJsonObject current = object.value(QStringLiteral("current")).toObject();
    EXPECT_EQ(current.value(QStringLiteral("handedOver")).toInt(), 4);
    EXPECT_EQ(current.value(QStringLiteral("accepted")).toInt(), 2);
    EXPECT_EQ(current.value(QStringLiteral("rejected")).toInt(), 1);
    EXPECT_DOUBLE_EQ(current.value(QStringLiteral("acceptanceRate")).toDouble(), 2.0 / 3);
    EXPECT_EQ(current.value(QStringLiteral("firstContactWall"))[QStringLiteral("medianSeconds")].toInt(),
              3600);
    EXPECT_EQ(current.value(QStringLiteral("sla"))[QStringLiteral("met")].toInt(), 2);
    EXPECT_TRUE(object.value(QStringLiteral("previous"))[QStringLiteral("acceptanceRate")].isNull());
    // Nothing signed yet: the built-in targets; two of three decided were accepted, 66.7% >= 60%.
    const QJsonObject acceptance = object.value(QStringLiteral("targets")).toArray().first().toObject();
    EXPECT_EQ(acceptance.value(QStringLiteral("metric")).toString(), QStringLiteral("acceptance_rate"));
    EXPECT_EQ(acceptance.value(QStringLiteral("bound")).toString(), QStringLiteral("atLeast"));
    EXPECT_TRUE(acceptance.value(QStringLiteral("met")).toBool());
    const QJsonArray weeks = object.value(QStringLiteral("weeks")).toArray();
    ASSERT_EQ(weeks.size(), 12);
    EXPECT_EQ(weeks.last()[QStringLiteral("week")].toString(), QStringLiteral("2026-03-02"));
    EXPECT_EQ(weeks.last()[QStringLiteral("handedOver")].toInt(), 4);
}

TEST_F(ReportCommand, ByOwner_OneRowPerOwnerAndCsv)
{
    week();
    const CliOutput text = report({QStringLiteral("--by"), QStringLiteral("owner")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_EQ(cells(text.out, QStringLiteral("Sam Rivera")).value(1), QStringLiteral("3"));
    EXPECT_EQ(cells(text.out, QStringLiteral("Olive Chen")).value(1), QStringLiteral("1"));
    const CliOutput csv = report({QStringLiteral("--by"), QStringLiteral("owner"), QStringLiteral("--csv")});
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(
        lines[0].startsWith(QStringLiteral("key,label,handed_over,accepted,rejected,acceptance_rate")));
    EXPECT_TRUE(lines[1].startsWith(QString::number(team.sdr) + QStringLiteral(",Sam Rivera,3,2,1,0.6667")))
        << lines[1].toStdString();
}

TEST_F(ReportCommand, ByWeekAndFilters)
{
    week();
    const CliOutput weeks =
        report({QStringLiteral("--by"), QStringLiteral("week"), QStringLiteral("--json")});
    ASSERT_EQ(weeks.exitCode, 0) << weeks.err.toStdString();
    EXPECT_EQ(weeks.json().object().value(QStringLiteral("rows")).toArray().size(), 12);
    const CliOutput webinar =
        report({QStringLiteral("--campaign"), QString::number(team.webinar), QStringLiteral("--json")});
    EXPECT_EQ(webinar.json().object().value(QStringLiteral("current"))[QStringLiteral("handedOver")].toInt(),
              2);
    const CliOutput olive =
        report({QStringLiteral("--owner"), QStringLiteral("olive.sdr"), QStringLiteral("--json")});
    EXPECT_EQ(olive.json().object().value(QStringLiteral("current"))[QStringLiteral("handedOver")].toInt(),
              1);
}

TEST_F(ReportCommand, BadArguments_AreUsageErrors)
{
    for (const QStringList &more : {QStringList{QStringLiteral("--by"), QStringLiteral("colour")},
                                    QStringList{QStringLiteral("--zone"), QStringLiteral("Mars/Olympus")},
                                    QStringList{QStringLiteral("--segment"), QStringLiteral("huge")},
                                    QStringList{QStringLiteral("--owner"), QStringLiteral("nobody.here")},
                                    QStringList{QStringLiteral("--json"), QStringLiteral("--csv")}}) {
        const CliOutput result = report(more);
        EXPECT_EQ(result.exitCode, 2)
            << more.join(QLatin1Char(' ')).toStdString() << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }
    EXPECT_TRUE(report({QStringLiteral("--zone"), QStringLiteral("Mars/Olympus")})
                    .err.contains(QStringLiteral("is not a time zone")));
}

} // namespace
} // namespace baton::cli::test
