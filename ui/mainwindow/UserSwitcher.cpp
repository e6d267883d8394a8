#include "mainwindow/UserSwitcher.h"

#include "session/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace baton {

UserSwitcher::UserSwitcher(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_combo(new QComboBox(this))
{
    auto *label = new QLabel(tr("&Working as"), this);
    label->setBuddy(m_combo);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(tr("Whose queue to work on"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 4, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < static_cast<int>(m_users.size()))
            m_session.setUser(m_users[static_cast<size_t>(index)]);
    });
    connect(&m_session, &Session::userChanged, this, &UserSwitcher::showCurrentUser);
}

void UserSwitcher::setUsers(std::vector<User> users)
{
    m_users = std::move(users);
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (const User &user : m_users) {
        QString text = QStringLiteral("%1 · %2").arg(user.name, roleLabel(user.role));
        if (!user.team.isEmpty())
            text += QStringLiteral(" · ") + user.team;
        m_combo->addItem(text, user.id);
    }
    showCurrentUser();
}

void UserSwitcher::showCurrentUser()
{
    const auto &user = m_session.user();
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(user ? m_combo->findData(user->id) : -1);
}

} // namespace baton
