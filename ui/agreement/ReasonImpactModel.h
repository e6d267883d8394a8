#pragma once

#include "services/ImpactPreview.h"

#include <QAbstractTableModel>

#include <vector>

namespace baton {

/// For each rejection reason in an impact preview: the rejections a draft would have avoided
/// (rejected leads it would not have sent) and added (leads it would send that sales rejected).
class ReasonImpactModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ReasonColumn, AvoidedColumn, AddedColumn, NetColumn, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole, ///< QString, the reason code
        ValueRole,               ///< qint64, the number in a count column
    };

    explicit ReasonImpactModel(QObject *parent = nullptr);

    void setReasons(std::vector<ReasonImpact> reasons);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static qint64 value(const ReasonImpact &reason, int column);

    std::vector<ReasonImpact> m_reasons;
};

} // namespace baton
