#include "review/ReviewPdfTables.h"

#include "metrics/MetricValue.h"
#include "rejections/InboxText.h"
#include "review/ReviewText.h"
#include "review/ReviewTiles.h"

#include <QLocale>

namespace baton {
namespace {

enum class Kind { Count, Rate, Duration };

Kind kindOf(MetricKey key)
{
    switch (key) {
    case MetricKey::AcceptanceRate:
    case MetricKey::SalToSql:
    case MetricKey::MqlToSql:
    case MetricKey::SlaCompliance:
    case MetricKey::Completeness:
        return Kind::Rate;
    case MetricKey::FirstContactMedian:
    case MetricKey::FirstContactP90:
    case MetricKey::RoutingDelay:
    case MetricKey::TimeToAgreement:
        return Kind::Duration;
    default:
        return Kind::Count;
    }
}

QString valueText(Kind kind, const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("\u2014");
    switch (kind) {
    case Kind::Rate:
        return ReviewText::rate(value);
    case Kind::Duration:
        return ReviewText::duration(static_cast<qint64>(*value));
    case Kind::Count:
        break;
    }
    return InboxText::number(static_cast<qint64>(*value));
}

std::optional<qint64> seconds(const std::optional<double> &value)
{
    return value ? std::optional<qint64>(static_cast<qint64>(*value)) : std::nullopt;
}

QString changeText(MetricKey key, const std::optional<double> &now, const std::optional<double> &before)
{
    switch (kindOf(key)) {
    case Kind::Rate:
        return ReviewText::rateChange(now, before).text;
    case Kind::Duration:
        return ReviewText::durationChange(seconds(now), seconds(before)).text;
    case Kind::Count:
        break;
    }
    const bool lowerIsBetter = key == MetricKey::StaleMqls || key == MetricKey::MovesWithoutContact;
    return ReviewText::countChange(static_cast<int>(now.value_or(0)), static_cast<int>(before.value_or(0)),
                                   lowerIsBetter)
        .text;
}

QString date(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("d MMM yyyy"));
}

QString rate(const std::optional<double> &share)
{
    return ReviewText::rate(share);
}

} // namespace

QStringList ReviewPdfTables::metricColumns()
{
    return {tr("Metric"), tr("This week"), tr("Week before"), tr("Change"), tr("Target"), tr("Met")};
}

QList<QStringList> ReviewPdfTables::metricRows(const ReviewMetrics &review)
{
    QList<QStringList> rows;
    for (MetricKey key : ReviewTiles::keys()) {
        if (key == MetricKey::TimeToAgreement) {
            rows.append({metricKeyLabel(key),
                         review.timeToAgreementSeconds ? ReviewText::duration(review.timeToAgreementSeconds)
                                                       : tr("not signed by both teams"),
                         {},
                         {},
                         {},
                         {}});
            continue;
        }
        const Kind kind = kindOf(key);
        const auto now = metricValue(review.current, key);
        const auto before = metricValue(review.previous, key);
        QString label = metricKeyLabel(key);
        if (kind == Kind::Duration)
            label = tr("%1 (business time)").arg(label);
        QString target;
        QString met;
        for (const MetricTarget &goal : review.targets) {
            if (goal.metric != key)
                continue;
            const QString bound = goal.bound == MetricTarget::Bound::AtLeast ? QStringLiteral("\u2265 ")
                                                                             : QStringLiteral("\u2264 ");
            target = bound + valueText(kind, goal.value);
            met = !now ? tr("cannot tell") : goal.isMetBy(*now) ? tr("met") : tr("missed");
        }
        rows.append({label, valueText(kind, now), valueText(kind, before), changeText(key, now, before),
                     target, met});
    }
    return rows;
}

QStringList ReviewPdfTables::groupColumns(const QString &heading)
{
    return {heading,
            tr("Handed over"),
            tr("Accepted"),
            tr("Rejected"),
            tr("Acceptance"),
            tr("MQL to SQL"),
            tr("SLA compliance"),
            tr("Complete"),
            tr("First contact, median")};
}

QList<QStringList> ReviewPdfTables::groupRows(const std::vector<GroupMetrics> &groups)
{
    QList<QStringList> rows;
    for (const GroupMetrics &group : groups) {
        const PeriodMetrics &m = group.metrics;
        rows.append({group.label, InboxText::number(m.handedOver), InboxText::number(m.accepted),
                     InboxText::number(m.rejected), rate(m.acceptanceRate()), rate(m.mqlToSql()),
                     rate(m.slaCompliance()), rate(m.completeness()),
                     ReviewText::duration(m.firstContactBusiness.median)});
    }
    return rows;
}

QStringList ReviewPdfTables::reasonColumns()
{
    return {tr("Reason"), tr("Handoffs"), tr("Share")};
}

QList<QStringList> ReviewPdfTables::reasonRows(const ReviewNumbers &numbers)
{
    const PeriodMetrics &m = numbers.review.current;
    const int turnedDown = m.rejected + m.disqualified;
    QList<QStringList> rows;
    for (const ReasonCount &reason : numbers.reasons) {
        rows.append({reason.label, InboxText::number(reason.count),
                     rate(PeriodMetrics::ratio(reason.count, turnedDown))});
    }
    return rows;
}

QStringList ReviewPdfTables::decisionColumns()
{
    return {tr("Decided"), tr("By"), tr("Metric"), tr("Decision")};
}

QList<QStringList> ReviewPdfTables::decisionRows(const std::vector<ReviewDecision> &decisions,
                                                 const QTimeZone &zone)
{
    QList<QStringList> rows;
    for (const ReviewDecision &decision : decisions) {
        QString text = decision.text;
        if (decision.definitionNumber)
            text += QLatin1Char('\n') + tr("Led to definition version %1").arg(*decision.definitionNumber);
        rows.append({date(decision.decidedAt.toTimeZone(zone).date()), decision.decidedByName,
                     decision.metric ? metricKeyLabel(*decision.metric) : QString(), text});
    }
    return rows;
}

QStringList ReviewPdfTables::actionColumns()
{
    return {tr("Action item"), tr("Owner"), tr("Due"), tr("Status"), tr("Carried over")};
}

QList<QStringList> ReviewPdfTables::actionRows(const std::vector<ActionItem> &items)
{
    QList<QStringList> rows;
    for (const ActionItem &item : items) {
        rows.append({item.title, item.ownerName, item.dueOn.isValid() ? date(item.dueOn) : QString(),
                     actionStatusLabel(item.status),
                     item.carriedOver ? tr("from the week of %1").arg(date(item.week)) : tr("no")});
    }
    return rows;
}

QString ReviewPdfTables::filterText(const ReviewDocument &document)
{
    QStringList parts;
    if (document.campaign)
        parts << (document.campaign->isEmpty() ? tr("handoffs without a campaign")
                                               : tr("campaign %1").arg(*document.campaign));
    if (const auto &segment = document.numbers.request.filter.segment)
        parts << tr("segment %1").arg(*segment);
    if (document.owner)
        parts << tr("owner %1").arg(*document.owner);
    if (document.team)
        parts << tr("team %1").arg(*document.team);
    if (parts.isEmpty())
        return tr("All handoffs");
    QString text = parts.join(QStringLiteral(" \u00b7 "));
    text[0] = text[0].toUpper();
    return text;
}

} // namespace baton
