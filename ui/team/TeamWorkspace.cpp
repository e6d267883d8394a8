#include "team/TeamWorkspace.h"

#include "team/RouteTester.h"
#include "team/RoutingEditor.h"
#include "team/TeamBoard.h"

#include <QHBoxLayout>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace baton {

TeamWorkspace::TeamWorkspace(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_board(new TeamBoard(session, this))
    , m_editor(new RoutingEditor(session, this))
    , m_tester(new RouteTester(session, *m_editor, this))
{
    auto *routing = new QSplitter(Qt::Horizontal, this);
    routing->addWidget(m_editor);
    routing->addWidget(m_tester);
    routing->setStretchFactor(0, 3);
    routing->setStretchFactor(1, 1);
    routing->setChildrenCollapsible(false);
    m_tabs->addTab(m_board, tr("Needs attention"));
    m_tabs->addTab(routing, tr("Routing"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_tabs);

    connect(m_board, &TeamBoard::leadsChanged, this, &TeamWorkspace::leadsChanged);
}

void TeamWorkspace::refresh()
{
    m_board->refresh();
}

} // namespace baton
