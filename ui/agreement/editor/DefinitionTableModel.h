#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace baton {

/// The common ground of the definition's tables: one row per rule, fixed columns with a title and
/// a tooltip, rows that can be added, removed and moved, and a read-only switch.
/// Subclasses hold the rules (see ItemTableModel) and say what each cell shows and accepts.
class DefinitionTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    struct Column {
        QString title;
        QString toolTip;      ///< what the column means, in words
        int widthChars = 12;  ///< a comfortable width, in average characters
        bool stretch = false; ///< takes the room left over
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    const Column &column(int section) const { return m_columns.at(section); }

    bool isReadOnly() const { return m_readOnly; }
    /// Refuses every change: no editing, adding, removing or moving.
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    /// A person changed a cell or added, removed or moved a row; not sent when rules are replaced.
    void edited();

protected:
    explicit DefinitionTableModel(QList<Column> columns, QObject *parent = nullptr);

    virtual int itemCount() const = 0;
    virtual void insertItems(int row, int count) = 0;
    virtual void removeItems(int row, int count) = 0;
    /// Moves `count` items from `source` so they land before `destination` (indexes before the move).
    virtual void moveItems(int source, int count, int destination) = 0;
    /// Writes a cell; false when the value does not fit. The whole row is reported as changed,
    /// since one cell may decide what another shows (the operator decides the bounds).
    virtual bool writeData(const QModelIndex &index, const QVariant &value, int role) = 0;
    /// Whether the cell can be edited at all; read-only mode is handled here.
    virtual bool isEditable(const QModelIndex &index) const;
    /// Whether the cell is a check box (Qt::CheckStateRole).
    virtual bool isCheckable(const QModelIndex &index) const;

    /// A valid index of this model, within its rows and columns.
    bool isCell(const QModelIndex &index) const { return index.isValid() && checkIndex(index); }

    /// `base`, or `base_2`, `base_3`, … whichever is not taken.
    static QString uniqueKey(const QString &base, const QStringList &taken);

private:
    QList<Column> m_columns;
    bool m_readOnly = false;
};

} // namespace baton
