#pragma once

#include "agreement/DefinitionDifference.h"

#include <QAbstractItemModel>
#include <QString>

#include <vector>

namespace baton {

/// The differences between two definitions as a tree: part → rule → changed property, with the
/// value on each side in its own column. Added, removed and changed rules are marked in words
/// (the Change column) and in colour.
class DefinitionDiffModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { ItemColumn, ChangeColumn, OldColumn, NewColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole, ///< int(DefinitionDifference::Kind) on rules and properties; none on parts
        PartRole,                ///< QString, e.g. "fitRules"
        KeyRole,                 ///< QString, the rule's key; empty on parts
    };

    explicit DefinitionDiffModel(QObject *parent = nullptr);

    /// Shows the differences from `oldTitle` (left) to `newTitle` (right), e.g. marketing's and
    /// sales' drafts.
    void setDifferences(std::vector<DefinitionDifference> differences, const QString &oldTitle,
                        const QString &newTitle);
    /// Reads the two sides as peers, e.g. two teams' drafts, rather than as before and after: a rule
    /// on one side only is "only in <name>", not "added" or "removed". Empty names (the default):
    /// before and after. Takes effect with the next setDifferences().
    void setSideNames(const QString &oldName, const QString &newName);
    bool isSideBySide() const { return !m_oldName.isEmpty() && !m_newName.isEmpty(); }
    /// "added", "removed", "changed"; side by side "only in sales' draft", "differs".
    QString kindText(DefinitionDifference::Kind kind) const;
    void clear();

    const std::vector<DefinitionDifference> &differences() const { return m_differences; }
    /// The rule row of a difference, found by part and key; invalid when there is none.
    QModelIndex findRule(const QString &part, const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class NodeType { Part, Rule, Property };
    struct Node {
        NodeType type = NodeType::Part;
        int parent = -1; ///< node index; -1 for a part
        int row = 0;     ///< row under its parent
        std::vector<int> children;
        int difference = -1; ///< index into m_differences (rules and properties)
        int change = -1;     ///< index into the difference's changes (properties)
        QString part;
    };

    void build();
    const Node *nodeOf(const QModelIndex &index) const;
    QVariant display(const Node &node, int column) const;
    QVariant toolTip(const Node &node) const;

    std::vector<DefinitionDifference> m_differences;
    std::vector<Node> m_nodes;
    std::vector<int> m_parts; ///< the top-level nodes
    QString m_oldTitle;
    QString m_newTitle;
    QString m_oldName;
    QString m_newName;
};

} // namespace baton
