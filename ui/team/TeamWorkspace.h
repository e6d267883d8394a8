#pragma once

#include <QWidget>

class QTabWidget;

namespace baton {

class RouteTester;
class RoutingEditor;
class Session;
class TeamBoard;

/// The sales manager's page: the board of leads that need attention, and the routing setup
/// with its tester beside it.
class TeamWorkspace : public QWidget {
    Q_OBJECT

public:
    explicit TeamWorkspace(Session &session, QWidget *parent = nullptr);

    void refresh();
    TeamBoard *board() const { return m_board; }
    RoutingEditor *editor() const { return m_editor; }
    RouteTester *tester() const { return m_tester; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void leadsChanged();

private:
    QTabWidget *m_tabs;
    TeamBoard *m_board;
    RoutingEditor *m_editor;
    RouteTester *m_tester;
};

} // namespace baton
