#include "import/RefusalModel.h"

#include "common/CsvWriter.h"

#include <QDir>
#include <QSaveFile>
#include <QTextStream>

namespace baton {

RefusalModel::RefusalModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RefusalModel::setRefusals(std::vector<ImportRefusal> refusals)
{
    beginResetModel();
    m_refusals = std::move(refusals);
    endResetModel();
}

Result<void> RefusalModel::saveCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorKind::Io,
                         tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    QTextStream out(&file);
    CsvWriter csv(out);
    csv.writeRow(
        {QStringLiteral("row"), QStringLiteral("column"), QStringLiteral("value"), QStringLiteral("why")});
    for (const ImportRefusal &refusal : m_refusals)
        csv.writeRow({QString::number(refusal.row), refusal.column, refusal.value, refusal.why});
    out.flush();
    if (!file.commit()) {
        return makeError(ErrorKind::Io,
                         tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

int RefusalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_refusals.size());
}

int RefusalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefusalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ImportRefusal &refusal = m_refusals[static_cast<size_t>(index.row())];
    switch (index.column()) {
    case RowColumn:
        return QVariant::fromValue(refusal.row);
    case ColumnColumn:
        return refusal.column;
    case ValueColumn:
        return refusal.value;
    case WhyColumn:
        return refusal.why;
    default:
        return {};
    }
}

QVariant RefusalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case WhyColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace baton
