#include "meeting/ReviewAgenda.h"

#include "metrics/MetricText.h"
#include "metrics/MetricUnit.h"
#include "metrics/MetricValue.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <set>

namespace baton {
namespace {

/// Sizes closer than this are equal: a tenth of a point, a tenth of a percent.
constexpr double sameSize = 0.0005;

const QString arrow = QStringLiteral(" \u2192 ");
const QString dash = QStringLiteral(" \u2014 ");

QString pointsText(double points)
{
    const double rounded = std::round(std::abs(points) * 10.0) / 10.0;
    const QString number = QString::number(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
    return rounded == 1.0 ? QStringLiteral("1 point") : QStringLiteral("%1 points").arg(number);
}

/// "fell 12 points (91% → 79%)", "rose 40% (25 → 35)", "rose from 0 to 3".
QString changeWords(MetricKey key, double now, double before, double size)
{
    const QString verb = now > before ? QStringLiteral("rose") : QStringLiteral("fell");
    const QString values = MetricText::value(key, before) + arrow + MetricText::value(key, now);
    if (metricUnit(key) == MetricUnit::Rate)
        return QStringLiteral("%1 %2 (%3)").arg(verb, pointsText(size * 100.0), values);
    if (before == 0.0) {
        return QStringLiteral("%1 from %2 to %3")
            .arg(verb, MetricText::value(key, before), MetricText::value(key, now));
    }
    return QStringLiteral("%1 %2% (%3)").arg(verb).arg(std::llround(std::abs(size) * 100.0)).arg(values);
}

/// Whether the change is worth telling: a tenth of a point, one lead, one minute.
bool changed(MetricKey key, double now, double before)
{
    switch (metricUnit(key)) {
    case MetricUnit::Rate:
        return std::abs(now - before) >= 0.001;
    case MetricUnit::Duration:
        return std::abs(now - before) >= 60.0;
    case MetricUnit::Count:
    case MetricUnit::NotANumber:
        break;
    }
    return now != before;
}

/// How far short of a target a value is, on the same scale as a change.
double shortfall(const MetricTarget &target, double measured)
{
    if (metricUnit(target.metric) == MetricUnit::Rate || target.value == 0.0)
        return std::abs(measured - target.value);
    return std::abs(measured - target.value) / std::abs(target.value);
}

std::vector<AgendaItem> missedTargets(const ReviewMetrics &review)
{
    std::vector<std::pair<double, AgendaItem>> missed;
    std::set<MetricKey> seen;
    for (const MetricTarget &target : review.targets) {
        const auto measured = metricValue(review.current, target.metric);
        if (!measured || target.isMetBy(*measured) || !seen.insert(target.metric).second)
            continue;
        AgendaItem item;
        item.kind = AgendaItem::Kind::MissedTarget;
        item.metric = target.metric;
        item.worse = true;
        item.text = QStringLiteral("%1 %2%3target %4 missed")
                        .arg(metricKeyLabel(target.metric), MetricText::value(target.metric, *measured), dash,
                             MetricText::bound(target.metric, target.bound == MetricTarget::Bound::AtLeast,
                                               target.value));
        if (const auto before = metricValue(review.previous, target.metric)) {
            item.text +=
                QStringLiteral(" (%1 the week before)").arg(MetricText::value(target.metric, *before));
        }
        item.size = shortfall(target, *measured);
        missed.emplace_back(item.size, item);
    }
    std::stable_sort(missed.begin(), missed.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first + sameSize; });
    std::vector<AgendaItem> items;
    items.reserve(missed.size());
    for (auto &entry : missed)
        items.push_back(std::move(entry.second));
    return items;
}

std::vector<AgendaItem> largestChanges(const ReviewMetrics &review, const std::set<MetricKey> &skipped,
                                       int limit)
{
    std::vector<AgendaItem> changes;
    for (MetricKey key : ReviewAgenda::changeMetrics()) {
        if (skipped.contains(key))
            continue;
        const auto now = metricValue(review.current, key);
        const auto before = metricValue(review.previous, key);
        if (!now || !before || !changed(key, *now, *before))
            continue;
        const double signedSize = ReviewAgenda::changeSize(key, *now, *before);
        AgendaItem item;
        item.kind = AgendaItem::Kind::Change;
        item.metric = key;
        item.size = std::abs(signedSize);
        item.worse = (*now < *before) != metricLowerIsBetter(key);
        item.text = metricKeyLabel(key) + QLatin1Char(' ') + changeWords(key, *now, *before, signedSize);
        changes.push_back(std::move(item));
    }
    std::stable_sort(changes.begin(), changes.end(), [](const AgendaItem &a, const AgendaItem &b) {
        if (std::abs(a.size - b.size) >= sameSize)
            return a.size > b.size;
        return a.worse && !b.worse;
    });
    if (static_cast<int>(changes.size()) > limit)
        changes.resize(static_cast<std::size_t>(std::max(limit, 0)));
    return changes;
}

QString dayText(const QDate &date)
{
    return QLocale::c().toString(date, QStringLiteral("d MMM yyyy"));
}

std::vector<AgendaItem> carriedOver(const QDate &week, const std::vector<ActionItem> &items)
{
    std::vector<const ActionItem *> open;
    for (const ActionItem &item : items) {
        if (item.carriedOver && isStillOpen(item.status))
            open.push_back(&item);
    }
    std::stable_sort(open.begin(), open.end(), [](const ActionItem *a, const ActionItem *b) {
        return a->dueOn != b->dueOn ? a->dueOn < b->dueOn : a->id < b->id;
    });
    std::vector<AgendaItem> agenda;
    agenda.reserve(open.size());
    for (const ActionItem *item : open) {
        AgendaItem entry;
        entry.kind = AgendaItem::Kind::CarriedOverAction;
        entry.metric = item->metric;
        entry.actionItemId = item->id;
        entry.worse = item->dueOn < week;
        const QString owner =
            item->ownerName.isEmpty() ? QStringLiteral("user %1").arg(item->ownerId) : item->ownerName;
        entry.text =
            QStringLiteral("%1%2%3, %4 %5, %6; from the week of %7")
                .arg(item->title, dash, owner,
                     entry.worse ? QStringLiteral("overdue since") : QStringLiteral("due"),
                     dayText(item->dueOn), actionStatusLabel(item->status).toLower(), dayText(item->week));
        agenda.push_back(std::move(entry));
    }
    return agenda;
}

} // namespace

const std::vector<MetricKey> &ReviewAgenda::changeMetrics()
{
    static const std::vector<MetricKey> keys{MetricKey::AcceptanceRate,     MetricKey::SlaCompliance,
                                             MetricKey::FirstContactMedian, MetricKey::FirstContactP90,
                                             MetricKey::Completeness,       MetricKey::SalToSql,
                                             MetricKey::MqlToSql,           MetricKey::HandedOver,
                                             MetricKey::StaleMqls,          MetricKey::MovesWithoutContact,
                                             MetricKey::RoutingDelay};
    return keys;
}

double ReviewAgenda::changeSize(MetricKey key, double now, double before)
{
    if (metricUnit(key) == MetricUnit::Rate)
        return now - before;
    if (before == 0.0)
        return now > 0.0 ? 1.0 : (now < 0.0 ? -1.0 : 0.0);
    return (now - before) / std::abs(before);
}

std::vector<AgendaItem> ReviewAgenda::build(const QDate &week, const ReviewMetrics &review,
                                            const std::vector<ActionItem> &items, int changes)
{
    std::vector<AgendaItem> agenda = missedTargets(review);
    std::set<MetricKey> missed;
    for (const AgendaItem &item : agenda)
        missed.insert(*item.metric);
    for (AgendaItem &item : largestChanges(review, missed, changes))
        agenda.push_back(std::move(item));
    for (AgendaItem &item : carriedOver(week, items))
        agenda.push_back(std::move(item));
    return agenda;
}

QString ReviewAgenda::kindName(AgendaItem::Kind kind)
{
    switch (kind) {
    case AgendaItem::Kind::MissedTarget:
        return QStringLiteral("missed_target");
    case AgendaItem::Kind::Change:
        return QStringLiteral("change");
    case AgendaItem::Kind::CarriedOverAction:
        return QStringLiteral("carried_over_action");
    }
    return {};
}

} // namespace baton
