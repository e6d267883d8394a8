#pragma once

#include "common/Result.h"
#include "import/ImportRefusal.h"

#include <QAbstractTableModel>

#include <vector>

namespace baton {

/// The rows an import refused: row, column, value and why; saved as CSV for whoever fixes the
/// export.
class RefusalModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RowColumn, ColumnColumn, ValueColumn, WhyColumn, ColumnCount };

    explicit RefusalModel(QObject *parent = nullptr);

    void setRefusals(std::vector<ImportRefusal> refusals);
    /// row,column,value,why with a header line.
    Result<void> saveCsv(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ImportRefusal> m_refusals;
};

} // namespace baton
