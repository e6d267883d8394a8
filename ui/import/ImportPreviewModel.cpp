#include "import/ImportPreviewModel.h"

#include "domain/EventType.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <map>

namespace baton {
namespace {

QString number(qint64 value)
{
    return value == 0 ? QString() : QLocale().toString(value);
}

QString moment(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd hh:mm 'UTC'")) : QString();
}

} // namespace

ImportPreviewModel::ImportPreviewModel(ImportKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
    if (kind == ImportKind::Leads) {
        m_titles = {tr("Row"),     tr("Refused"),  tr("Name"),      tr("E-mail"),
                    tr("Phone"),   tr("Title"),    tr("Seniority"), tr("Company"),
                    tr("Website"), tr("Industry"), tr("Employees"), tr("Revenue"),
                    tr("Country"), tr("Region"),   tr("Campaign"),  tr("Created")};
    } else {
        m_titles = {tr("Row"),  tr("Refused"), tr("E-mail"), tr("Lead"),
                    tr("Type"), tr("Time"),    tr("Detail"), tr("Campaign")};
    }
}

QStringList ImportPreviewModel::cellsOf(const PreviewRow &row) const
{
    const QString line = QString::number(row.row);
    if (m_kind == ImportKind::Events) {
        const EngagementEvent &event = row.event;
        return {line,
                QString(),
                row.email,
                event.leadId == 0 ? tr("no lead") : QStringLiteral("#%1").arg(event.leadId),
                eventTypeLabel(event.type),
                moment(event.occurredAt),
                event.detail,
                row.campaign};
    }
    const Lead &lead = row.lead;
    return {line,
            QString(),
            lead.person.name,
            lead.person.email,
            lead.person.phone,
            lead.person.title,
            lead.person.seniority,
            lead.company.name,
            lead.company.domain,
            lead.company.industry,
            number(lead.company.employees),
            number(lead.company.annualRevenue),
            lead.company.country,
            lead.company.region,
            row.campaign,
            moment(lead.createdAt)};
}

void ImportPreviewModel::setPreview(const ImportResult &preview)
{
    beginResetModel();
    m_lines.clear();
    for (const PreviewRow &row : preview.preview)
        m_lines.push_back(Line{row.row, cellsOf(row), false});
    std::map<qint64, QStringList> reasons;
    for (const ImportRefusal &refusal : preview.refusals) {
        reasons[refusal.row] << (refusal.column.isEmpty()
                                     ? refusal.why
                                     : QStringLiteral("%1: %2").arg(refusal.column, refusal.why));
    }
    for (const auto &[row, why] : reasons) {
        QStringList cells(static_cast<int>(m_titles.size()));
        cells.front() = QString::number(row);
        cells[refusedColumn] = why.join(QStringLiteral("; "));
        m_lines.push_back(Line{row, cells, true});
    }
    std::stable_sort(m_lines.begin(), m_lines.end(),
                     [](const Line &a, const Line &b) { return a.row < b.row; });
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_titles.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return line.cells.value(index.column());
    case Qt::ForegroundRole:
        return line.refused ? QVariant(QBrush(QColor(0xb9, 0x1c, 0x1c))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_titles.size())
        return {};
    return m_titles.at(section);
}

int ImportPreviewModel::column(const QString &title) const
{
    return static_cast<int>(m_titles.indexOf(title));
}

bool ImportPreviewModel::isRefused(int row) const
{
    return row >= 0 && row < rowCount() && m_lines[static_cast<size_t>(row)].refused;
}

} // namespace baton
