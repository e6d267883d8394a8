#include "agreement/DefinitionDiffView.h"

#include "agreement/AgreementText.h"
#include "agreement/DefinitionDiffModel.h"
#include "agreement/WrappingTreeDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {
namespace {

using Kind = DefinitionDifference::Kind;

qint64 countOf(const std::vector<DefinitionDifference> &differences, Kind kind)
{
    return std::count_if(differences.begin(), differences.end(),
                         [kind](const DefinitionDifference &d) { return d.kind == kind; });
}

} // namespace

DefinitionDiffView::DefinitionDiffView(QWidget *parent)
    : QWidget(parent)
    , m_model(new DefinitionDiffModel(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeView(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_tree->setModel(m_model);
    // Long lists (industries, keywords) wrap rather than end in "…": the difference may be at the end.
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setItemDelegate(new WrappingTreeDelegate(m_tree));
    m_tree->setAlternatingRowColors(false);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DefinitionDiffModel::ItemColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(DefinitionDiffModel::ItemColumn, 320);
    m_tree->header()->setSectionResizeMode(DefinitionDiffModel::ChangeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DefinitionDiffModel::OldColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DefinitionDiffModel::NewColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    // The rows take the height their wrapped text needs at the columns' new widths.
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, &QTreeView::doItemsLayout,
            Qt::QueuedConnection);
}

void DefinitionDiffView::showDifferences(std::vector<DefinitionDifference> differences,
                                         const QString &oldTitle, const QString &newTitle)
{
    m_model->setSideNames({}, {});
    display(std::move(differences), oldTitle, newTitle);
}

void DefinitionDiffView::showSideBySide(std::vector<DefinitionDifference> differences,
                                        const QString &oldTitle, const QString &newTitle,
                                        const QString &oldName, const QString &newName)
{
    m_model->setSideNames(oldName, newName);
    display(std::move(differences), oldTitle, newTitle);
}

void DefinitionDiffView::display(std::vector<DefinitionDifference> differences, const QString &oldTitle,
                                 const QString &newTitle)
{
    const qint64 added = countOf(differences, Kind::Added);
    const qint64 removed = countOf(differences, Kind::Removed);
    const qint64 changed = countOf(differences, Kind::Changed);
    const QString count =
        AgreementText::count(static_cast<qint64>(differences.size()), tr("difference"), tr("differences"));
    if (differences.empty()) {
        m_summary->setText(tr("No differences: %1 and %2 agree on every rule.").arg(oldTitle, newTitle));
    } else if (m_model->isSideBySide()) {
        QStringList counts;
        if (removed > 0)
            counts << QStringLiteral("%1 %2").arg(removed).arg(m_model->kindText(Kind::Removed));
        if (added > 0)
            counts << QStringLiteral("%1 %2").arg(added).arg(m_model->kindText(Kind::Added));
        if (changed > 0)
            counts << (changed == 1 ? tr("1 in both but set differently")
                                    : tr("%1 in both but set differently").arg(changed));
        m_summary->setText(tr("%1 between %2 and %3: %4.")
                               .arg(count, oldTitle, newTitle, counts.join(QStringLiteral(", "))));
    } else {
        m_summary->setText(tr("%1 between %2 and %3: %4 added, %5 removed, %6 changed.")
                               .arg(count, oldTitle, newTitle)
                               .arg(added)
                               .arg(removed)
                               .arg(changed));
    }
    m_model->setDifferences(std::move(differences), oldTitle, newTitle);
    m_tree->setVisible(m_model->rowCount() > 0);
    m_tree->expandAll();
}

void DefinitionDiffView::showMessage(const QString &message)
{
    m_model->clear();
    m_tree->hide(); // an empty tree under the last comparison's column titles says nothing
    m_summary->setText(message);
}

QString DefinitionDiffView::summary() const
{
    return m_summary->text();
}

} // namespace baton
