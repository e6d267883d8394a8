#include "agreement/DefinitionDiffView.h"

#include "agreement/AgreementText.h"
#include "agreement/DefinitionDiffModel.h"

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
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
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
}

void DefinitionDiffView::showDifferences(std::vector<DefinitionDifference> differences,
                                         const QString &oldTitle, const QString &newTitle)
{
    const qint64 added = countOf(differences, Kind::Added);
    const qint64 removed = countOf(differences, Kind::Removed);
    const qint64 changed = countOf(differences, Kind::Changed);
    if (differences.empty()) {
        m_summary->setText(tr("No differences: %1 and %2 agree on every rule.").arg(oldTitle, newTitle));
    } else {
        m_summary->setText(tr("%1 between %2 and %3: %4 added, %5 removed, %6 changed.")
                               .arg(AgreementText::count(static_cast<qint64>(differences.size()),
                                                         tr("difference"), tr("differences")),
                                    oldTitle, newTitle)
                               .arg(added)
                               .arg(removed)
                               .arg(changed));
    }
    m_model->setDifferences(std::move(differences), oldTitle, newTitle);
    m_tree->expandAll();
}

void DefinitionDiffView::showMessage(const QString &message)
{
    m_model->clear();
    m_summary->setText(message);
}

QString DefinitionDiffView::summary() const
{
    return m_summary->text();
}

} // namespace baton
