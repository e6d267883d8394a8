#include "InboxReport.h"

#include "ReportPeriod.h"
#include "TextFormat.h"
#include "TextTable.h"
#include "common/CsvWriter.h"

#include <QJsonArray>

namespace baton::cli {
namespace {

const std::vector<InboxGroup> noGroups;

} // namespace

const std::vector<InboxGroup> &InboxReport::groups() const
{
    const auto found = m_inbox.groups.find(m_by);
    return found == m_inbox.groups.end() ? noGroups : found->second;
}

void InboxReport::writeText(QTextStream &out, const ReportPeriod &period) const
{
    const int weeks = m_inbox.earlierWeeks;
    out << "Rejections and disqualifications from " << period.text() << ": " << m_inbox.total << " ("
        << m_inbox.rejected << " rejected, " << m_inbox.disqualified << " disqualified); " << m_inbox.open
        << " not reviewed yet, " << m_inbox.disputed << " disputed.";
    if (weeks > 0) {
        out << " The " << weeks << (weeks == 1 ? " week" : " weeks") << " before: " << m_inbox.earlierTotal
            << " (" << TextFormat::decimal(static_cast<double>(m_inbox.earlierTotal) / weeks, 1)
            << " a week).";
    }
    out << '\n';
    if (groups().empty()) {
        out << "None in this period." << Qt::endl;
        writeMovesWithoutContact(out);
        return;
    }
    TextTable table({{feedbackDimensionLabel(m_by), TextTable::Align::Left, 40},
                     {QStringLiteral("count"), TextTable::Align::Right, 10},
                     {QStringLiteral("share"), TextTable::Align::Right, 8},
                     {QStringLiteral("a week before"), TextTable::Align::Right, 13},
                     {QStringLiteral("share change"), TextTable::Align::Right, 12}});
    for (const InboxGroup &group : groups()) {
        table.addRow({group.label, QString::number(group.count), TextFormat::percent(group.share),
                      TextFormat::decimal(group.earlierWeeklyAverage, 1),
                      TextFormat::points(group.shareChangePoints())});
    }
    table.write(out);
    writeMovesWithoutContact(out);
}

void InboxReport::writeMovesWithoutContact(QTextStream &out) const
{
    if (m_inbox.movesWithoutContactTotal == 0) {
        out << "Every stage moved on in the period had a meaningful contact behind it." << Qt::endl;
        return;
    }
    out << '\n'
        << "Stages moved on with no meaningful contact behind them: " << m_inbox.movesWithoutContactTotal
        << '\n';
    TextTable table({{QStringLiteral("moved by"), TextTable::Align::Left, 40},
                     {QStringLiteral("moves"), TextTable::Align::Right, 10}});
    for (const InboxGroup &group : m_inbox.movesWithoutContact)
        table.addRow({group.label, QString::number(group.count)});
    table.write(out);
}

void InboxReport::writeCsv(QTextStream &out) const
{
    CsvWriter csv(out);
    csv.writeRow({QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("count"),
                  QStringLiteral("share"), QStringLiteral("earlierWeeklyAverage"),
                  QStringLiteral("earlierShare"), QStringLiteral("shareChangePoints")});
    for (const InboxGroup &group : groups()) {
        csv.writeRow({group.key, group.label, QString::number(group.count),
                      TextFormat::decimal(group.share, 4), TextFormat::decimal(group.earlierWeeklyAverage, 2),
                      TextFormat::decimal(group.earlierShare, 4),
                      TextFormat::decimal(group.shareChangePoints(), 2)});
    }
}

QJsonObject InboxReport::toJson() const
{
    QJsonArray rows;
    for (const InboxGroup &group : groups()) {
        QJsonArray weekly;
        for (int count : group.weekly)
            weekly.append(count);
        rows.append(QJsonObject{{QStringLiteral("key"), group.key},
                                {QStringLiteral("label"), group.label},
                                {QStringLiteral("count"), group.count},
                                {QStringLiteral("share"), group.share},
                                {QStringLiteral("earlierWeeklyAverage"), group.earlierWeeklyAverage},
                                {QStringLiteral("earlierShare"), group.earlierShare},
                                {QStringLiteral("shareChangePoints"), group.shareChangePoints()},
                                {QStringLiteral("weekly"), weekly}});
    }
    return {{QStringLiteral("from"), TextFormat::isoTime(m_inbox.from)},
            {QStringLiteral("to"), TextFormat::isoTime(m_inbox.to)},
            {QStringLiteral("by"), feedbackDimensionName(m_by)},
            {QStringLiteral("total"), m_inbox.total},
            {QStringLiteral("rejected"), m_inbox.rejected},
            {QStringLiteral("disqualified"), m_inbox.disqualified},
            {QStringLiteral("open"), m_inbox.open},
            {QStringLiteral("disputed"), m_inbox.disputed},
            {QStringLiteral("earlierWeeks"), m_inbox.earlierWeeks},
            {QStringLiteral("earlierTotal"), m_inbox.earlierTotal},
            {QStringLiteral("groups"), rows},
            {QStringLiteral("movesWithoutContact"), movesJson()}};
}

QJsonObject InboxReport::movesJson() const
{
    QJsonArray people;
    for (const InboxGroup &group : m_inbox.movesWithoutContact) {
        people.append(QJsonObject{{QStringLiteral("key"), group.key},
                                  {QStringLiteral("label"), group.label},
                                  {QStringLiteral("count"), group.count}});
    }
    return {{QStringLiteral("total"), m_inbox.movesWithoutContactTotal},
            {QStringLiteral("byPerson"), people}};
}

} // namespace baton::cli
