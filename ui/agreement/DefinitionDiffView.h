#pragma once

#include "agreement/DefinitionDifference.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTreeView;

namespace baton {

class DefinitionDiffModel;

/// Two definitions side by side, rule by rule: a sentence that counts the differences, and the
/// tree of every added, removed and changed rule with the value on each side.
class DefinitionDiffView : public QWidget {
    Q_OBJECT

public:
    explicit DefinitionDiffView(QWidget *parent = nullptr);

    /// Shows what changes from `oldTitle` (left column) to `newTitle` (right column).
    void showDifferences(std::vector<DefinitionDifference> differences, const QString &oldTitle,
                         const QString &newTitle);
    /// Shows two peers side by side, e.g. marketing's and sales' drafts: a rule on one side only is
    /// "only in <name>" rather than "added" or "removed".
    void showSideBySide(std::vector<DefinitionDifference> differences, const QString &oldTitle,
                        const QString &newTitle, const QString &oldName, const QString &newName);
    /// Empties and hides the tree and says why, e.g. "Select two versions to compare them."
    void showMessage(const QString &message);

    DefinitionDiffModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    /// The sentence above the tree.
    QString summary() const;

private:
    void display(std::vector<DefinitionDifference> differences, const QString &oldTitle,
                 const QString &newTitle);

    DefinitionDiffModel *m_model;
    QLabel *m_summary;
    QTreeView *m_tree;
};

} // namespace baton
