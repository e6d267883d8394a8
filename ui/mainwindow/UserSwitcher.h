#pragma once

#include "domain/User.h"

#include <QWidget>

#include <vector>

class QComboBox;

namespace baton {

class Session;

/// "Working as [Maya Patel · SDR]" in the toolbar: switches the session's current user.
class UserSwitcher : public QWidget {
    Q_OBJECT

public:
    explicit UserSwitcher(Session &session, QWidget *parent = nullptr);

    void setUsers(std::vector<User> users);
    QComboBox *combo() const { return m_combo; }

private:
    void showCurrentUser();

    Session &m_session;
    std::vector<User> m_users;
    QComboBox *m_combo;
};

} // namespace baton
