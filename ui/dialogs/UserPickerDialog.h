#pragma once

#include "domain/User.h"

#include <QDialog>

#include <optional>
#include <vector>

class QPushButton;
class QTreeWidget;

namespace baton {

/// "Who are you?": lists the file's users with their role and team.
class UserPickerDialog : public QDialog {
    Q_OBJECT

public:
    explicit UserPickerDialog(std::vector<User> users, QWidget *parent = nullptr);

    std::optional<User> chosenUser() const;
    QTreeWidget *list() const { return m_list; }

private:
    std::vector<User> m_users;
    QTreeWidget *m_list;
    QPushButton *m_ok;
};

} // namespace baton
