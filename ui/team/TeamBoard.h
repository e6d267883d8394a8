#pragma once

#include "storage/TeamBoardRepository.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace baton {

class AttentionModel;
class Session;

/// A sales manager's board: the open leads nobody owns, the clocks due soon, past due and
/// escalated, each a click away; a lead can be given to a named person or routed again, and
/// the leads waiting for an owner routed now. Only managers (and admins) may change owners.
class TeamBoard : public QWidget {
    Q_OBJECT

public:
    explicit TeamBoard(Session &session, QWidget *parent = nullptr);

    void refresh();
    TeamBoardRepository::List currentList() const { return m_list; }
    void showList(TeamBoardRepository::List list);
    AttentionModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    /// Gives the selected lead to the person chosen in the list; a message when it cannot.
    void reassignSelected();
    void rerouteSelected();
    void routeWaiting();

Q_SIGNALS:
    /// An owner changed: views of the leads should read them again.
    void leadsChanged();

private:
    bool mayManage() const;
    void report(const QString &message);
    void updateButtons();

    Session &m_session;
    TeamBoardRepository::List m_list = TeamBoardRepository::List::Breached;
    QButtonGroup *m_lists;
    AttentionModel *m_model;
    QTableView *m_table;
    QComboBox *m_people;
    QPushButton *m_reassign;
    QPushButton *m_reroute;
    QPushButton *m_routeWaiting;
    QLabel *m_message;
};

} // namespace baton
