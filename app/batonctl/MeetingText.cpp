#include "MeetingText.h"

#include "TextFormat.h"
#include "TextTable.h"
#include "UserDirectory.h"

#include <QStringList>

namespace baton::cli {
namespace {

QString login(const UserDirectory &users, qint64 id)
{
    const User *user = users.find(id);
    return user ? user->login : QStringLiteral("user %1").arg(id);
}

QString metric(const std::optional<MetricKey> &key)
{
    return key ? metricKeyName(*key) : QStringLiteral("-");
}

} // namespace

QString MeetingText::metricNames()
{
    QStringList names;
    for (MetricKey key : allMetricKeys)
        names << metricKeyName(key);
    return names.join(QStringLiteral(", "));
}

void MeetingText::writeItems(QTextStream &out, const std::vector<ActionItem> &items,
                             const UserDirectory &users)
{
    TextTable table({{QStringLiteral("id"), TextTable::Align::Right, 12},
                     {QStringLiteral("raised"), TextTable::Align::Left, 12},
                     {QStringLiteral("due"), TextTable::Align::Left, 10},
                     {QStringLiteral("status"), TextTable::Align::Left, 12},
                     {QStringLiteral("owner"), TextTable::Align::Left, 20},
                     {QStringLiteral("metric"), TextTable::Align::Left, 24},
                     {QStringLiteral("v"), TextTable::Align::Right, 6},
                     {QStringLiteral("title"), TextTable::Align::Left, 60}});
    for (const ActionItem &item : items) {
        QString raised = TextFormat::date(item.week);
        if (item.carriedOver)
            raised += QStringLiteral(" *");
        table.addRow({QString::number(item.id), raised, TextFormat::date(item.dueOn),
                      actionStatusName(item.status), login(users, item.ownerId), metric(item.metric),
                      QString::number(item.version), item.title});
    }
    table.write(out);
}

void MeetingText::writeDecisions(QTextStream &out, const std::vector<ReviewDecision> &decisions,
                                 const UserDirectory &users)
{
    TextTable table({{QStringLiteral("id"), TextTable::Align::Right, 12},
                     {QStringLiteral("when (UTC)"), TextTable::Align::Left, 16},
                     {QStringLiteral("by"), TextTable::Align::Left, 20},
                     {QStringLiteral("metric"), TextTable::Align::Left, 24},
                     {QStringLiteral("definition"), TextTable::Align::Right, 10},
                     {QStringLiteral("decision"), TextTable::Align::Left, 72}});
    for (const ReviewDecision &decision : decisions) {
        table.addRow(
            {QString::number(decision.id), TextFormat::time(decision.decidedAt),
             login(users, decision.decidedBy), metric(decision.metric),
             decision.definitionNumber ? QString::number(*decision.definitionNumber) : QStringLiteral("-"),
             decision.text});
    }
    table.write(out);
}

} // namespace baton::cli
