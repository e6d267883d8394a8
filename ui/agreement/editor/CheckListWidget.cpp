#include "agreement/editor/CheckListWidget.h"

#include <algorithm>

namespace baton {
namespace {

constexpr int nameRole = Qt::UserRole;

} // namespace

CheckListWidget::CheckListWidget(QWidget *parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::NoSelection);
    setUniformItemSizes(true);
    setSpacing(1); // check boxes on consecutive rows would otherwise touch
    connect(this, &QListWidget::itemChanged, this, &CheckListWidget::onItemChanged);
}

void CheckListWidget::setChoices(const QStringList &names, const QStringList &labels)
{
    m_names = names;
    m_checked.clear();
    m_updating = true;
    clear();
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *item = new QListWidgetItem(i < labels.size() ? labels[i] : names[i], this);
        item->setData(nameRole, names[i]);
    }
    m_updating = false;
    updateItems();
}

void CheckListWidget::setChoiceToolTips(const QStringList &toolTips)
{
    for (int i = 0; i < count() && i < toolTips.size(); ++i)
        item(i)->setToolTip(toolTips[i]);
}

void CheckListWidget::setChecked(const QStringList &names)
{
    m_checked.clear();
    for (const QString &name : names) {
        if (!m_checked.contains(name))
            m_checked.append(name);
    }
    updateItems();
}

void CheckListWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateItems();
}

void CheckListWidget::updateItems()
{
    m_updating = true;
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *choice = item(i);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
        if (!m_readOnly)
            flags |= Qt::ItemIsUserCheckable;
        choice->setFlags(flags);
        const bool on = m_checked.contains(choice->data(nameRole).toString());
        choice->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
}

void CheckListWidget::onItemChanged(QListWidgetItem *item)
{
    if (m_updating || m_readOnly)
        return;
    const QString name = item->data(nameRole).toString();
    const bool on = item->checkState() == Qt::Checked;
    if (on == m_checked.contains(name))
        return;
    if (on)
        check(name);
    else
        m_checked.removeAll(name);
    Q_EMIT checkedChanged();
}

void CheckListWidget::check(const QString &name)
{
    // Before the first checked name that comes later in the list; at the end otherwise.
    const qsizetype position = m_names.indexOf(name);
    qsizetype at = m_checked.size();
    for (qsizetype i = 0; i < m_checked.size(); ++i) {
        if (m_names.indexOf(m_checked[i]) > position) {
            at = i;
            break;
        }
    }
    m_checked.insert(at, name);
}

QSize CheckListWidget::sizeHint() const
{
    const int frame = 2 * frameWidth();
    const int rows = std::min(count(), 16);
    const int rowHeight = (count() > 0 ? sizeHintForRow(0) : fontMetrics().height()) + 2 * spacing();
    const int width = std::max(sizeHintForColumn(0) + frame + 24, 160);
    return {width, rows * rowHeight + frame + 2};
}

} // namespace baton
