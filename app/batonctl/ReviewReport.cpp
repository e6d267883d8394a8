#include "ReviewReport.h"

#include "ReportPeriod.h"
#include "TextFormat.h"
#include "TextTable.h"
#include "metrics/MetricValue.h"

#include <QJsonArray>

namespace baton::cli {
namespace {

QString rate(const std::optional<double> &value)
{
    return value ? TextFormat::percent(*value) : QStringLiteral("—");
}

QString seconds(const std::optional<qint64> &value)
{
    return value ? TextFormat::duration(*value) : QStringLiteral("—");
}

QString change(const std::optional<double> &now, const std::optional<double> &before)
{
    if (!now || !before)
        return {};
    return TextFormat::points((*now - *before) * 100.0);
}

/// The target as the metric is shown: "≥ 60.0%", "≤ 1 h".
QString targetText(const MetricTarget &target)
{
    const QString bound =
        target.bound == MetricTarget::Bound::AtLeast ? QStringLiteral("≥ ") : QStringLiteral("≤ ");
    switch (target.metric) {
    case MetricKey::AcceptanceRate:
    case MetricKey::SalToSql:
    case MetricKey::MqlToSql:
    case MetricKey::SlaCompliance:
    case MetricKey::Completeness:
        return bound + TextFormat::percent(target.value);
    case MetricKey::FirstContactMedian:
    case MetricKey::FirstContactP90:
    case MetricKey::RoutingDelay:
        return bound + TextFormat::duration(static_cast<qint64>(target.value));
    default:
        return bound + TextFormat::decimal(target.value, 0);
    }
}

QString change(qint64 now, qint64 before)
{
    const qint64 delta = now - before;
    return delta > 0 ? QStringLiteral("+%1").arg(TextFormat::number(delta)) : TextFormat::number(delta);
}

QJsonValue jsonRate(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonSeconds(const std::optional<qint64> &value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject durationJson(const DurationStats &stats)
{
    return {{QStringLiteral("count"), stats.count},
            {QStringLiteral("medianSeconds"), jsonSeconds(stats.median)},
            {QStringLiteral("p90Seconds"), jsonSeconds(stats.p90)}};
}

const QStringList rowColumns{
    QStringLiteral("handed over"),    QStringLiteral("accepted"),    QStringLiteral("rejected"),
    QStringLiteral("acceptance"),     QStringLiteral("SAL to SQL"),  QStringLiteral("MQL to SQL"),
    QStringLiteral("contact median"), QStringLiteral("contact p90"), QStringLiteral("SLA met"),
    QStringLiteral("complete"),       QStringLiteral("stale"),       QStringLiteral("no contact")};

} // namespace

QString ReviewReport::reasonLabel(const QString &code) const
{
    return m_labels.reason(code);
}

void ReviewReport::writePeriodText(QTextStream &out, const ReviewMetrics &review,
                                   const ReportPeriod &period) const
{
    const PeriodMetrics &m = review.current;
    const PeriodMetrics &p = review.previous;
    out << "Review of the handoffs from " << period.text() << " (weeks from Monday, "
        << QString::fromUtf8(review.zone.id()) << "), against the "
        << TextFormat::duration(review.from.secsTo(review.to)) << " before.\n";
    TextTable table({{QStringLiteral("Metric"), TextTable::Align::Left, 48},
                     {QStringLiteral("this period"), TextTable::Align::Right, 18},
                     {QStringLiteral("before"), TextTable::Align::Right, 18},
                     {QStringLiteral("change"), TextTable::Align::Right, 12},
                     {QStringLiteral("target"), TextTable::Align::Right, 20}});
    // The target of a metric, with "missed" when this period's value does not meet it.
    const auto target = [&](MetricKey key) -> QString {
        for (const MetricTarget &t : review.targets) {
            if (t.metric != key)
                continue;
            const auto value = metricValue(m, key);
            return targetText(t) + (value && !t.isMetBy(*value) ? QStringLiteral(" missed") : QString());
        }
        return {};
    };
    const auto count = [&](const QString &label, int now, int before, std::optional<MetricKey> key = {}) {
        table.addRow({label, TextFormat::number(now), TextFormat::number(before), change(now, before),
                      key ? target(*key) : QString()});
    };
    const auto share = [&](const QString &label, const std::optional<double> &now,
                           const std::optional<double> &before, MetricKey key) {
        table.addRow({label, rate(now), rate(before), change(now, before), target(key)});
    };
    const auto time = [&](const QString &label, const std::optional<qint64> &now,
                          const std::optional<qint64> &before, std::optional<MetricKey> key = {}) {
        table.addRow({label, seconds(now), seconds(before), {}, key ? target(*key) : QString()});
    };
    using K = MetricKey;
    count(QStringLiteral("Handed over"), m.handedOver, p.handedOver, K::HandedOver);
    count(QStringLiteral("Accepted"), m.accepted, p.accepted, K::Accepted);
    count(QStringLiteral("Rejected"), m.rejected, p.rejected, K::Rejected);
    share(QStringLiteral("Acceptance rate (MQL to SAL)"), m.acceptanceRate(), p.acceptanceRate(),
          K::AcceptanceRate);
    share(QStringLiteral("SAL to SQL"), m.salToSql(), p.salToSql(), K::SalToSql);
    share(QStringLiteral("MQL to SQL"), m.mqlToSql(), p.mqlToSql(), K::MqlToSql);
    time(QStringLiteral("First contact, median (business time)"), m.firstContactBusiness.median,
         p.firstContactBusiness.median, K::FirstContactMedian);
    time(QStringLiteral("First contact, 90th percentile (business time)"), m.firstContactBusiness.p90,
         p.firstContactBusiness.p90, K::FirstContactP90);
    time(QStringLiteral("First contact, median (wall time)"), m.firstContactWall.median,
         p.firstContactWall.median);
    time(QStringLiteral("First contact, 90th percentile (wall time)"), m.firstContactWall.p90,
         p.firstContactWall.p90);
    count(QStringLiteral("Not contacted yet"), m.uncontacted, p.uncontacted);
    time(QStringLiteral("Routing delay, median"), m.routingDelay.median, p.routingDelay.median,
         K::RoutingDelay);
    share(QStringLiteral("SLA compliance"), m.slaCompliance(), p.slaCompliance(), K::SlaCompliance);
    share(QStringLiteral("Complete context packages"), m.completeness(), p.completeness(), K::Completeness);
    count(QStringLiteral("Stale MQLs at the end"), m.staleMqls, p.staleMqls, K::StaleMqls);
    count(QStringLiteral("Moves without contact"), m.movesWithoutContact, p.movesWithoutContact,
          K::MovesWithoutContact);
    table.write(out);

    out << "\nRejection reasons (rejected and disqualified):";
    if (m.rejectionReasons.empty())
        out << " none.\n";
    else
        out << '\n';
    for (const auto &[code, n] : m.rejectionReasons) {
        out << "  " << reasonLabel(code) << ": " << n << " ("
            << TextFormat::percent(static_cast<double>(n) / (m.rejected + m.disqualified)) << ")\n";
    }
    if (review.timeToAgreementSeconds) {
        out << "\nDefinition version " << *review.definitionNumber << " took "
            << TextFormat::duration(*review.timeToAgreementSeconds)
            << " from its first draft to both signatures.\n";
    } else {
        out << "\nNo definition has been signed by both teams yet.\n";
    }
    out.flush();
}

QJsonObject ReviewReport::metricsJson(const PeriodMetrics &m) const
{
    QJsonArray reasons;
    for (const auto &[code, n] : m.rejectionReasons) {
        reasons.append(QJsonObject{{QStringLiteral("code"), code},
                                   {QStringLiteral("label"), reasonLabel(code)},
                                   {QStringLiteral("count"), n}});
    }
    return {{QStringLiteral("handedOver"), m.handedOver},
            {QStringLiteral("accepted"), m.accepted},
            {QStringLiteral("rejected"), m.rejected},
            {QStringLiteral("disqualified"), m.disqualified},
            {QStringLiteral("recycledBeforeAcceptance"), m.recycledBeforeAcceptance},
            {QStringLiteral("converted"), m.converted},
            {QStringLiteral("acceptanceRate"), jsonRate(m.acceptanceRate())},
            {QStringLiteral("salToSql"), jsonRate(m.salToSql())},
            {QStringLiteral("mqlToSql"), jsonRate(m.mqlToSql())},
            {QStringLiteral("firstContactBusiness"), durationJson(m.firstContactBusiness)},
            {QStringLiteral("firstContactWall"), durationJson(m.firstContactWall)},
            {QStringLiteral("uncontacted"), m.uncontacted},
            {QStringLiteral("routingDelay"), durationJson(m.routingDelay)},
            {QStringLiteral("sla"), QJsonObject{{QStringLiteral("met"), m.slaMet},
                                                {QStringLiteral("missed"), m.slaMissed},
                                                {QStringLiteral("breached"), m.slaBreached},
                                                {QStringLiteral("pending"), m.slaPending},
                                                {QStringLiteral("compliance"), jsonRate(m.slaCompliance())}}},
            {QStringLiteral("complete"), m.complete},
            {QStringLiteral("completeness"), jsonRate(m.completeness())},
            {QStringLiteral("rejectionReasons"), reasons},
            {QStringLiteral("staleMqls"), m.staleMqls},
            {QStringLiteral("movesWithoutContact"), m.movesWithoutContact}};
}

QJsonObject ReviewReport::periodJson(const ReviewMetrics &review) const
{
    QJsonArray weeks;
    for (const WeekMetrics &week : review.weeks) {
        QJsonObject object = metricsJson(week.metrics);
        object.insert(QStringLiteral("week"), week.monday.toString(Qt::ISODate));
        weeks.append(object);
    }
    QJsonObject object{{QStringLiteral("from"), TextFormat::isoTime(review.from)},
                       {QStringLiteral("to"), TextFormat::isoTime(review.to)},
                       {QStringLiteral("timeZone"), QString::fromUtf8(review.zone.id())},
                       {QStringLiteral("countedAt"), TextFormat::isoTime(review.countedAt)},
                       {QStringLiteral("current"), metricsJson(review.current)},
                       {QStringLiteral("previous"), metricsJson(review.previous)},
                       {QStringLiteral("weeks"), weeks}};
    object.insert(QStringLiteral("definitionNumber"),
                  review.definitionNumber ? QJsonValue(*review.definitionNumber) : QJsonValue());
    object.insert(QStringLiteral("timeToAgreementSeconds"), jsonSeconds(review.timeToAgreementSeconds));
    QJsonArray targets;
    for (const MetricTarget &target : review.targets) {
        const auto value = metricValue(review.current, target.metric);
        targets.append(
            QJsonObject{{QStringLiteral("metric"), metricKeyName(target.metric)},
                        {QStringLiteral("bound"), target.bound == MetricTarget::Bound::AtLeast
                                                      ? QStringLiteral("atLeast")
                                                      : QStringLiteral("atMost")},
                        {QStringLiteral("value"), target.value},
                        {QStringLiteral("measured"), value ? QJsonValue(*value) : QJsonValue()},
                        {QStringLiteral("met"), value ? QJsonValue(target.isMetBy(*value)) : QJsonValue()}});
    }
    object.insert(QStringLiteral("targets"), targets);
    return object;
}

void ReviewReport::writeRowsText(QTextStream &out, const QString &heading, const std::vector<Row> &rows)
{
    QList<TextTable::Column> columns{{heading, TextTable::Align::Left, 28}};
    for (const QString &column : rowColumns)
        columns.append({column, TextTable::Align::Right, 14});
    TextTable table(columns);
    for (const Row &row : rows) {
        const PeriodMetrics &m = row.metrics;
        table.addRow({row.label, TextFormat::number(m.handedOver), TextFormat::number(m.accepted),
                      TextFormat::number(m.rejected), rate(m.acceptanceRate()), rate(m.salToSql()),
                      rate(m.mqlToSql()), seconds(m.firstContactBusiness.median),
                      seconds(m.firstContactBusiness.p90), rate(m.slaCompliance()), rate(m.completeness()),
                      TextFormat::number(m.staleMqls), TextFormat::number(m.movesWithoutContact)});
    }
    table.write(out);
    out << "Contact times are in business time; \"no contact\" counts moves on with no meaningful contact.\n";
    out.flush();
}

QJsonObject ReviewReport::rowsJson(const QString &by, const std::vector<Row> &rows) const
{
    QJsonArray array;
    for (const Row &row : rows) {
        QJsonObject object = metricsJson(row.metrics);
        object.insert(QStringLiteral("key"), row.key);
        object.insert(QStringLiteral("label"), row.label);
        array.append(object);
    }
    return {{QStringLiteral("by"), by}, {QStringLiteral("rows"), array}};
}

} // namespace baton::cli
