#include "feedback/CalibrationModel.h"

#include <QLocale>

namespace baton {
namespace {

/// Turned down, of those handed over: the base of the top reason's share.
int turnedDown(const CalibrationRow &row)
{
    return row.rejected + row.disqualified;
}

} // namespace

CalibrationModel::CalibrationModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CalibrationModel::setRows(FeedbackDimension by, std::vector<CalibrationRow> rows,
                               std::map<QString, QString> reasonLabels)
{
    beginResetModel();
    m_by = by;
    m_rows = std::move(rows);
    m_reasonLabels = std::move(reasonLabels);
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, LabelColumn, LabelColumn);
}

void CalibrationModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const CalibrationRow *CalibrationModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<size_t>(row)];
}

int CalibrationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CalibrationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CalibrationModel::percent(double rate)
{
    const double points = rate * 100.0;
    return QLocale().toString(points, 'f', points > 0.0 && points < 10.0 ? 1 : 0) + QLatin1Char('%');
}

QString CalibrationModel::dimensionLabel(FeedbackDimension by)
{
    switch (by) {
    case FeedbackDimension::Band:
        return tr("Score band");
    case FeedbackDimension::Campaign:
        return tr("Campaign");
    case FeedbackDimension::Source:
        return tr("Source");
    case FeedbackDimension::Rule:
        return tr("Rule");
    case FeedbackDimension::Reason:
        return tr("Reason");
    case FeedbackDimension::Owner:
        return tr("Owner");
    }
    return {};
}

QString CalibrationModel::reasonLabel(const QString &code) const
{
    const auto found = m_reasonLabels.find(code);
    return found == m_reasonLabels.end() || found->second.isEmpty() ? code : found->second;
}

QVariant CalibrationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CalibrationRow &row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case ValueRole:
        return value(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == LabelColumn || index.column() == TopReasonColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CalibrationModel::display(const CalibrationRow &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case LabelColumn:
        return row.label;
    case HandedOverColumn:
        return locale.toString(row.handedOver);
    case AcceptedColumn:
        return locale.toString(row.accepted);
    case AcceptanceColumn:
        return row.decided() == 0 ? QStringLiteral("—") : percent(row.acceptanceRate());
    case RejectedColumn:
        return locale.toString(row.rejected);
    case DisqualifiedColumn:
        return locale.toString(row.disqualified);
    case ConvertedColumn:
        return locale.toString(row.converted);
    case ConversionColumn:
        return row.handedOver == 0 ? QStringLiteral("—") : percent(row.conversionRate());
    case TopReasonColumn:
        if (row.topReason.isEmpty() || turnedDown(row) == 0)
            return QStringLiteral("—");
        return tr("%1 · %2").arg(reasonLabel(row.topReason),
                                 percent(static_cast<double>(row.topReasonCount) / turnedDown(row)));
    default:
        return {};
    }
}

QVariant CalibrationModel::value(const CalibrationRow &row, int column) const
{
    switch (column) {
    case LabelColumn:
        return row.key;
    case HandedOverColumn:
        return row.handedOver;
    case AcceptedColumn:
        return row.accepted;
    case AcceptanceColumn:
        return row.acceptanceRate();
    case RejectedColumn:
        return row.rejected;
    case DisqualifiedColumn:
        return row.disqualified;
    case ConvertedColumn:
        return row.converted;
    case ConversionColumn:
        return row.conversionRate();
    case TopReasonColumn:
        return row.topReason;
    default:
        return {};
    }
}

QVariant CalibrationModel::toolTip(const CalibrationRow &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case AcceptanceColumn:
        return tr("%1 accepted of %2 that sales decided on (accepted, rejected, or sent back before "
                  "accepting)")
            .arg(locale.toString(row.accepted), locale.toString(row.decided()));
    case ConversionColumn:
        return tr("%1 of %2 handed over became qualified opportunities")
            .arg(locale.toString(row.converted), locale.toString(row.handedOver));
    case TopReasonColumn:
        if (row.topReason.isEmpty() || turnedDown(row) == 0)
            return tr("None of them was rejected or disqualified");
        return tr("%1 of the %2 rejected or disqualified, for this reason")
            .arg(locale.toString(row.topReasonCount), locale.toString(turnedDown(row)));
    default:
        return {};
    }
}

QVariant CalibrationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole) {
        const bool text = section == LabelColumn || section == TopReasonColumn;
        return QVariant::fromValue((text ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return dimensionLabel(m_by);
    case HandedOverColumn:
        return tr("Handed over");
    case AcceptedColumn:
        return tr("Accepted");
    case AcceptanceColumn:
        return tr("Acceptance");
    case RejectedColumn:
        return tr("Rejected");
    case DisqualifiedColumn:
        return tr("Disqualified");
    case ConvertedColumn:
        return tr("Converted");
    case ConversionColumn:
        return tr("Conversion");
    case TopReasonColumn:
        return tr("Top reason turned down");
    default:
        return {};
    }
}

} // namespace baton
