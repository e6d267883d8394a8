#include "CalibrationReport.h"

#include "ReportPeriod.h"
#include "TextFormat.h"
#include "TextTable.h"
#include "common/CsvWriter.h"
#include "feedback/FeedbackLabels.h"

#include <QJsonArray>

namespace baton::cli {
namespace {

QString acceptance(const CalibrationRow &row)
{
    return row.decided() == 0 ? QStringLiteral("-") : TextFormat::percent(row.acceptanceRate());
}

QString conversion(const CalibrationRow &row)
{
    return row.handedOver == 0 ? QStringLiteral("-") : TextFormat::percent(row.conversionRate());
}

QJsonObject counts(const CalibrationRow &row)
{
    return {{QStringLiteral("handedOver"), row.handedOver},
            {QStringLiteral("accepted"), row.accepted},
            {QStringLiteral("decided"), row.decided()},
            {QStringLiteral("acceptanceRate"), row.acceptanceRate()},
            {QStringLiteral("rejected"), row.rejected},
            {QStringLiteral("recycled"), row.recycled},
            {QStringLiteral("disqualified"), row.disqualified},
            {QStringLiteral("converted"), row.converted},
            {QStringLiteral("conversionRate"), row.conversionRate()}};
}

} // namespace

CalibrationRow CalibrationReport::sum(const std::vector<CalibrationRow> &rows)
{
    CalibrationRow total;
    total.key = QStringLiteral("total");
    total.label = QStringLiteral("All handoffs");
    for (const CalibrationRow &row : rows) {
        total.handedOver += row.handedOver;
        total.accepted += row.accepted;
        total.rejected += row.rejected;
        total.recycled += row.recycled;
        total.disqualified += row.disqualified;
        total.converted += row.converted;
    }
    return total;
}

void CalibrationReport::writeText(QTextStream &out, const ReportPeriod &period) const
{
    out << "Handoffs from " << period.text() << ": " << m_totals.handedOver << " handed over, "
        << m_totals.accepted << " accepted (" << acceptance(m_totals) << " of " << m_totals.decided()
        << " decided), " << m_totals.rejected << " rejected, " << m_totals.disqualified << " disqualified, "
        << m_totals.converted << " converted (" << conversion(m_totals) << ").\n";
    if (m_rows.empty()) {
        out << "None in this period." << Qt::endl;
        return;
    }
    TextTable table({{feedbackDimensionLabel(m_by), TextTable::Align::Left, 40},
                     {QStringLiteral("handed over"), TextTable::Align::Right, 11},
                     {QStringLiteral("accepted"), TextTable::Align::Right, 10},
                     {QStringLiteral("acceptance"), TextTable::Align::Right, 10},
                     {QStringLiteral("rejected"), TextTable::Align::Right, 10},
                     {QStringLiteral("disqualified"), TextTable::Align::Right, 12},
                     {QStringLiteral("converted"), TextTable::Align::Right, 10},
                     {QStringLiteral("conversion"), TextTable::Align::Right, 10},
                     {QStringLiteral("top reason"), TextTable::Align::Left, 40}});
    for (const CalibrationRow &row : m_rows) {
        const QString top =
            row.topReason.isEmpty()
                ? QStringLiteral("-")
                : QStringLiteral("%1 (%2)").arg(m_labels.reason(row.topReason)).arg(row.topReasonCount);
        table.addRow({row.label, QString::number(row.handedOver), QString::number(row.accepted),
                      acceptance(row), QString::number(row.rejected), QString::number(row.disqualified),
                      QString::number(row.converted), conversion(row), top});
    }
    table.write(out);
}

void CalibrationReport::writeCsv(QTextStream &out) const
{
    CsvWriter csv(out);
    csv.writeRow({QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("handedOver"),
                  QStringLiteral("accepted"), QStringLiteral("decided"), QStringLiteral("acceptanceRate"),
                  QStringLiteral("rejected"), QStringLiteral("recycled"), QStringLiteral("disqualified"),
                  QStringLiteral("converted"), QStringLiteral("conversionRate"),
                  QStringLiteral("topReasonCode"), QStringLiteral("topReason"),
                  QStringLiteral("topReasonCount")});
    for (const CalibrationRow &row : m_rows) {
        csv.writeRow({row.key, row.label, QString::number(row.handedOver), QString::number(row.accepted),
                      QString::number(row.decided()), TextFormat::decimal(row.acceptanceRate(), 4),
                      QString::number(row.rejected), QString::number(row.recycled),
                      QString::number(row.disqualified), QString::number(row.converted),
                      TextFormat::decimal(row.conversionRate(), 4), row.topReason,
                      row.topReason.isEmpty() ? QString() : m_labels.reason(row.topReason),
                      QString::number(row.topReasonCount)});
    }
}

QJsonObject CalibrationReport::toJson(const ReportPeriod &period) const
{
    QJsonArray rows;
    for (const CalibrationRow &row : m_rows) {
        QJsonObject object = counts(row);
        object.insert(QStringLiteral("key"), row.key);
        object.insert(QStringLiteral("label"), row.label);
        object.insert(QStringLiteral("topReason"),
                      row.topReason.isEmpty()
                          ? QJsonValue(QJsonValue::Null)
                          : QJsonValue(QJsonObject{{QStringLiteral("code"), row.topReason},
                                                   {QStringLiteral("label"), m_labels.reason(row.topReason)},
                                                   {QStringLiteral("count"), row.topReasonCount}}));
        rows.append(object);
    }
    return {{QStringLiteral("from"), TextFormat::isoTime(period.from())},
            {QStringLiteral("to"), TextFormat::isoTime(period.to())},
            {QStringLiteral("by"), feedbackDimensionName(m_by)},
            {QStringLiteral("totals"), counts(m_totals)},
            {QStringLiteral("rows"), rows}};
}

} // namespace baton::cli
