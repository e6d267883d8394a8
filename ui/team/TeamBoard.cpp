#include "team/TeamBoard.h"

#include "services/RoutingService.h"
#include "session/ReadOnlyLock.h"
#include "session/Session.h"
#include "storage/UserRepository.h"
#include "team/AttentionModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace baton {
namespace {

using List = TeamBoardRepository::List;

QString listTitle(List list)
{
    switch (list) {
    case List::Unassigned:
        return TeamBoard::tr("Unassigned");
    case List::DueSoon:
        return TeamBoard::tr("Due soon");
    case List::Breached:
        return TeamBoard::tr("Breached");
    case List::Escalated:
        return TeamBoard::tr("Escalated");
    }
    return {};
}

} // namespace

TeamBoard::TeamBoard(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_lists(new QButtonGroup(this))
    , m_model(new AttentionModel(session.clock(), this))
    , m_table(new QTableView(this))
    , m_people(new QComboBox(this))
    , m_reassign(new QPushButton(tr("Reassign"), this))
    , m_reroute(new QPushButton(tr("Route again"), this))
    , m_routeWaiting(new QPushButton(tr("Route waiting leads"), this))
    , m_message(new QLabel(this))
{
    auto *listBar = new QHBoxLayout;
    for (List list : {List::Unassigned, List::DueSoon, List::Breached, List::Escalated}) {
        auto *button = new QPushButton(listTitle(list), this);
        button->setCheckable(true);
        m_lists->addButton(button, static_cast<int>(list));
        listBar->addWidget(button);
    }
    listBar->addStretch(1);
    listBar->addWidget(m_routeWaiting);
    m_lists->button(static_cast<int>(m_list))->setChecked(true);
    connect(m_lists, &QButtonGroup::idClicked, this, [this](int id) { showList(static_cast<List>(id)); });

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(AttentionModel::LeadColumn, 11 * em);
    m_table->setColumnWidth(AttentionModel::CompanyColumn, 14 * em);
    m_table->setColumnWidth(AttentionModel::OwnerColumn, 11 * em);
    m_table->setColumnWidth(AttentionModel::TierColumn, 4 * em);
    m_table->setColumnWidth(AttentionModel::DueColumn, 9 * em);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TeamBoard::updateButtons);

    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Give the selected lead to"), this));
    actions->addWidget(m_people, 1);
    actions->addWidget(m_reassign);
    actions->addWidget(m_reroute);
    connect(m_reassign, &QPushButton::clicked, this, &TeamBoard::reassignSelected);
    connect(m_reroute, &QPushButton::clicked, this, &TeamBoard::rerouteSelected);
    connect(m_routeWaiting, &QPushButton::clicked, this, &TeamBoard::routeWaiting);
    m_lists->button(static_cast<int>(List::Breached))
        ->setToolTip(tr("Running clocks past their due time in the last %1 days").arg(7));
    m_lists->button(static_cast<int>(List::Escalated))
        ->setToolTip(
            tr("Leads the escalation path took a step on in the last %1 days, still not contacted").arg(7));

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(listBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(&m_session, &Session::userChanged, this, &TeamBoard::updateButtons);
    updateButtons(); // the lists are read when the page is shown (refresh)
    ReadOnlyLock::apply(m_session.database(), {m_people, m_reassign, m_reroute, m_routeWaiting});
}

bool TeamBoard::mayManage() const
{
    const auto &user = m_session.user();
    return user && (user->role == Role::SalesManager || user->role == Role::Admin);
}

void TeamBoard::showList(List list)
{
    m_list = list;
    if (QAbstractButton *button = m_lists->button(static_cast<int>(list)))
        button->setChecked(true);
    refresh();
}

void TeamBoard::refresh()
{
    TeamBoardRepository board(m_session.database());
    const QDateTime now = m_session.clock().now();
    for (List list : {List::Unassigned, List::DueSoon, List::Breached, List::Escalated}) {
        auto count = board.count(list, now);
        m_lists->button(static_cast<int>(list))
            ->setText(count ? tr("%1 (%2)").arg(listTitle(list)).arg(*count) : listTitle(list));
    }
    auto rows = board.rows(m_list, now);
    if (!rows) {
        report(rows.error().message);
        m_model->setRows({});
    } else {
        m_model->setRows(std::move(rows).value());
    }
    if (m_people->count() == 0) {
        if (auto users = UserRepository(m_session.database()).all()) {
            for (const User &user : *users) {
                if (user.role == Role::Sdr)
                    m_people->addItem(QStringLiteral("%1 · %2").arg(user.name, user.team), user.id);
            }
        }
    }
    updateButtons();
}

void TeamBoard::updateButtons()
{
    const bool selected = m_table->selectionModel()->currentIndex().isValid();
    const bool manager = mayManage();
    m_reassign->setEnabled(manager && selected);
    m_reroute->setEnabled(manager && selected);
    m_routeWaiting->setEnabled(manager);
    m_people->setEnabled(manager);
    // Each says what it does to a manager, and why it is off to anyone else.
    const QString why = tr("Only a sales manager or an admin changes owners.");
    m_people->setToolTip(manager ? QString() : why);
    m_reassign->setToolTip(manager ? QString() : why);
    m_reroute->setToolTip(manager ? tr("Run the routing rules on it again; its owner is not a candidate")
                                  : why);
    m_routeWaiting->setToolTip(manager ? tr("Route every handed-over lead that nobody owns yet") : why);
}

void TeamBoard::report(const QString &message)
{
    m_message->setText(message);
}

void TeamBoard::reassignSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const TeamBoardRow *row = m_model->rowAt(current.row());
    if (!row || !m_session.user())
        return;
    const qint64 to = m_people->currentData().toLongLong();
    auto done = RoutingService(m_session.database(), m_session.clock())
                    .reassign(row->leadId, to, m_session.user()->id, row->version);
    if (!done) {
        report(done.error().message);
        refresh();
        return;
    }
    report(tr("%1 now belongs to %2.").arg(row->name, m_people->currentText()));
    refresh();
    Q_EMIT leadsChanged();
}

void TeamBoard::rerouteSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const TeamBoardRow *row = m_model->rowAt(current.row());
    if (!row || !m_session.user())
        return;
    const QString name = row->name;
    auto decision = RoutingService(m_session.database(), m_session.clock())
                        .reroute(row->leadId, m_session.user()->id, row->version);
    if (!decision) {
        report(decision.error().message);
        refresh();
        return;
    }
    report(tr("%1: %2").arg(name, decision->reason));
    refresh();
    Q_EMIT leadsChanged();
}

void TeamBoard::routeWaiting()
{
    auto routed = RoutingService(m_session.database(), m_session.clock()).routePending();
    if (!routed) {
        report(routed.error().message);
        return;
    }
    int assigned = 0;
    for (const auto &lead : *routed)
        assigned += lead.decision.assigneeId ? 1 : 0;
    report(routed->empty()
               ? tr("No lead waits for an owner.")
               : tr("%1 of %2 waiting leads now have an owner.").arg(assigned).arg(routed->size()));
    refresh();
    Q_EMIT leadsChanged();
}

} // namespace baton
