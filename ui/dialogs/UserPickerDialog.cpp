#include "dialogs/UserPickerDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace baton {

UserPickerDialog::UserPickerDialog(std::vector<User> users, QWidget *parent)
    : QDialog(parent)
    , m_users(std::move(users))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Who is working?"));

    auto *intro = new QLabel(tr("Choose who you are in this file. Baton remembers the choice; switch "
                                "at any time from the toolbar."),
                             this);
    intro->setWordWrap(true);

    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Name"), tr("Role"), tr("Team")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    for (size_t i = 0; i < m_users.size(); ++i) {
        const User &user = m_users[i];
        auto *item = new QTreeWidgetItem(m_list, {user.name, roleLabel(user.role), user.team});
        item->setData(0, Qt::UserRole, static_cast<qulonglong>(i));
        item->setToolTip(0, user.login);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_ok->setEnabled(current != nullptr); });
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);

    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 400);
}

std::optional<User> UserPickerDialog::chosenUser() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return m_users.at(item->data(0, Qt::UserRole).toULongLong());
}

} // namespace baton
