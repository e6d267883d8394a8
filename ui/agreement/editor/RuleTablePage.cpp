#include "agreement/editor/RuleTablePage.h"

#include "agreement/editor/DefinitionItemDelegate.h"
#include "agreement/editor/DefinitionTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {

RuleTablePage::RuleTablePage(const QString &explanation, DefinitionTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move &down"), this))
{
    auto *intro = new QLabel(explanation, this);
    intro->setWordWrap(true);

    setUpView();

    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_add->setToolTip(tr("Add a row below the selected one"));
    m_remove->setToolTip(tr("Remove the selected row (Delete)"));
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_up->setToolTip(tr("Move the selected row up; order matters where the first match wins"));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_down->setToolTip(tr("Move the selected row down; order matters where the first match wins"));
    connect(m_add, &QPushButton::clicked, this, &RuleTablePage::addRow);
    connect(m_remove, &QPushButton::clicked, this, &RuleTablePage::removeRow);
    auto *removeKey = new QAction(m_view);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, [this] {
        if (m_remove->isEnabled())
            removeRow();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRow(+1); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RuleTablePage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RuleTablePage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RuleTablePage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &RuleTablePage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RuleTablePage::updateButtons);
    updateButtons();
}

void RuleTablePage::setUpView()
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new DefinitionItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);

    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    for (int section = 0; section < m_model->columnCount(); ++section) {
        header->setSectionResizeMode(section, m_model->column(section).stretch ? QHeaderView::Stretch
                                                                               : QHeaderView::Interactive);
    }
    fitColumns();
    connect(m_model, &QAbstractItemModel::modelReset, this, &RuleTablePage::fitColumns);
}

void RuleTablePage::fitColumns()
{
    // The comfortable width, or wider where the title or the content needs it, within reason.
    QHeaderView *header = m_view->horizontalHeader();
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    for (int section = 0; section < m_model->columnCount(); ++section) {
        const DefinitionTableModel::Column &column = m_model->column(section);
        if (column.stretch)
            continue;
        const int content =
            std::min(static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(section), 40 * charWidth);
        header->resizeSection(section, std::max({column.widthChars * charWidth + 16, content,
                                                 header->sectionSizeHint(section)}));
    }
}

int RuleTablePage::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RuleTablePage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void RuleTablePage::addRow()
{
    const int current = currentRow();
    const int row = current >= 0 ? current + 1 : m_model->rowCount();
    if (!m_model->insertRow(row))
        return;
    selectRow(row);
    m_view->setFocus();
}

void RuleTablePage::removeRow()
{
    const int row = currentRow();
    if (row < 0 || !m_model->removeRow(row))
        return;
    selectRow(std::min(row, m_model->rowCount() - 1));
}

void RuleTablePage::moveRow(int by)
{
    const int row = currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    // moveRows takes the row to land before: one further down when moving down.
    if (!m_model->moveRow(QModelIndex(), row, QModelIndex(), by > 0 ? target + 1 : target))
        return;
    selectRow(target);
}

void RuleTablePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    updateButtons();
}

void RuleTablePage::updateButtons()
{
    const int row = currentRow();
    const int rows = m_model->rowCount();
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && row >= 0);
    m_up->setEnabled(!m_readOnly && row > 0);
    m_down->setEnabled(!m_readOnly && row >= 0 && row + 1 < rows);
}

} // namespace baton
