#pragma once

#include "feedback/InboxGroup.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace baton {

/// One grouping of the Rejections inbox as a table: each value with its count, its share of
/// the period's rejections, the weekly average in the weeks before, the change of its share in
/// points (coloured: up is more of the period's rejections, down is fewer) and the weekly trend.
class InboxGroupModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        LabelColumn,
        CountColumn,
        ShareColumn,
        EarlierColumn,
        ChangeColumn,
        TrendColumn,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole, ///< QString: what a filter on the group takes
        WeeklyRole,             ///< QVariantList of int, the earlier weeks first
        EarlierWeeksRole,       ///< int: how many of the weekly values are before the period
        ChangeRole,             ///< double: the change of share in points
    };
    /// A share that moved less than this many points is shown without colour.
    static constexpr double steadyPoints = 0.5;

    explicit InboxGroupModel(QObject *parent = nullptr);

    /// Shows another grouping (a reset); `earlierWeeks` is how many weeks the averages span, and
    /// `title` heads the first column ("Reason", "Campaign", …).
    void setGroups(std::vector<InboxGroup> groups, int earlierWeeks, const QString &title = {});
    const InboxGroup *groupAt(int row) const;
    std::optional<int> rowOfKey(const QString &key) const;
    int earlierWeeks() const { return m_earlierWeeks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const InboxGroup &group, int column) const;
    QVariant toolTip(const InboxGroup &group, int column) const;

    std::vector<InboxGroup> m_groups;
    int m_earlierWeeks = 0;
    QString m_title;
};

} // namespace baton
