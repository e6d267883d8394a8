#include "review/MeetingPanel.h"

#include "common/Clock.h"
#include "meeting/ReviewAgenda.h"
#include "meeting/ReviewMeetingService.h"
#include "review/ActionItemModel.h"
#include "review/AgendaModel.h"
#include "review/DecisionModel.h"
#include "review/DialogMeetingPrompter.h"
#include "services/AgreementService.h"
#include "session/ReadOnlyLock.h"
#include "session/Session.h"
#include "storage/UserRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {
namespace {

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 6px;"));
    return label;
}

/// Drafts and proposals still under way, newest first: what a decision may lead to.
std::vector<DefinitionVersion> openDrafts(const std::vector<DefinitionVersion> &versions)
{
    std::vector<DefinitionVersion> drafts;
    for (const DefinitionVersion &version : versions) {
        if (version.status == VersionStatus::Draft || version.status == VersionStatus::Proposed)
            drafts.push_back(version);
    }
    std::reverse(drafts.begin(), drafts.end());
    return drafts;
}

} // namespace

MeetingPanel::MeetingPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_dialogs(std::make_unique<DialogMeetingPrompter>(this))
    , m_prompter(m_dialogs.get())
    , m_heading(new QLabel(this))
    , m_agendaModel(new AgendaModel(this))
    , m_agendaView(new QListView(this))
    , m_notesTitle(sectionLabel(QString(), this))
    , m_message(new QLabel(this))
    , m_decisionModel(new DecisionModel(this))
    , m_decisionView(new QListView(this))
    , m_actionModel(new ActionItemModel(this))
    , m_actionView(new QTableView(this))
    , m_decide(new QPushButton(tr("Record &decision\u2026"), this))
    , m_addItem(new QPushButton(tr("Add action &item\u2026"), this))
    , m_status(new QPushButton(tr("S&tatus"), this))
{
    m_heading->setStyleSheet(QStringLiteral("font-size: 14px; font-weight: 600;"));
    m_heading->setWordWrap(true);
    m_agendaView->setModel(m_agendaModel);
    m_agendaView->setWordWrap(true);
    m_agendaView->setSpacing(2);
    m_agendaView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agendaView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_agendaView->setResizeMode(QListView::Adjust);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_decisionView->setModel(m_decisionModel);
    m_decisionView->setWordWrap(true);
    m_decisionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_decisionView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_decisionView->setResizeMode(QListView::Adjust);
    m_actionView->setModel(m_actionModel);
    m_actionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actionView->setShowGrid(false);
    m_actionView->setWordWrap(false);
    m_actionView->setAlternatingRowColors(true);
    m_actionView->verticalHeader()->hide();
    m_actionView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_actionView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_actionView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_actionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_actionView->horizontalHeader()->setSectionResizeMode(ActionItemModel::TitleColumn,
                                                           QHeaderView::Stretch);

    auto *menu = new QMenu(m_status);
    for (ActionStatus status : allActionStatuses) {
        QAction *action = menu->addAction(actionStatusLabel(status));
        action->setData(static_cast<int>(status));
        connect(action, &QAction::triggered, this, [this, status] { setSelectedStatus(status); });
    }
    m_status->setMenu(menu);
    m_status->setToolTip(tr("Move the selected action item on: open, in progress, done or dropped"));
    m_decide->setToolTip(tr("Record what both teams decided, next to the chosen agenda item's metric"));
    m_addItem->setToolTip(tr("Give someone a task with a due date; it carries over until done or dropped"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_decide);
    buttons->addWidget(m_addItem);
    buttons->addWidget(m_status);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_agendaView, 3);
    layout->addWidget(m_notesTitle);
    layout->addWidget(m_message);
    layout->addWidget(sectionLabel(tr("Decisions"), this));
    layout->addWidget(m_decisionView, 1);
    layout->addWidget(sectionLabel(tr("Action items (\u21bb carried over from an earlier week)"), this));
    layout->addWidget(m_actionView, 2);
    layout->addLayout(buttons);

    connect(m_agendaView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showSelection(); });
    connect(m_actionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateButtons(); });
    connect(m_decide, &QPushButton::clicked, this, &MeetingPanel::recordDecision);
    connect(m_addItem, &QPushButton::clicked, this, &MeetingPanel::addActionItem);
    connect(&m_session, &Session::userChanged, this, [this] { updateButtons(); });
    showPending(tr("The agenda is built when the week's numbers are counted."));
    ReadOnlyLock::apply(m_session.database(), {m_decide, m_addItem, m_status});
}

MeetingPanel::~MeetingPanel() = default;

void MeetingPanel::setPrompter(MeetingPrompter &prompter)
{
    m_prompter = &prompter;
}

void MeetingPanel::showWeek(const QDate &monday, const ReviewMetrics &review)
{
    const bool sameWeek = monday == m_week;
    m_week = monday;
    m_review = review;
    m_heading->setText(
        tr("Agenda for the week of %1").arg(QLocale().toString(monday, QStringLiteral("d MMMM yyyy"))));
    if (!sameWeek)
        m_agendaModel->setItems({});
    reload();
}

void MeetingPanel::showPending(const QString &words)
{
    m_review.reset();
    m_heading->setText(tr("Agenda"));
    m_agendaModel->setItems({});
    m_decisionModel->setDecisions({});
    m_actionModel->setItems({});
    m_notesTitle->clear();
    m_message->setText(words);
    m_message->show();
    updateButtons();
}

void MeetingPanel::reload()
{
    if (!m_review)
        return;
    std::optional<AgendaItem> chosen;
    if (const AgendaItem *item = m_agendaModel->itemAt(selectedAgendaRow()))
        chosen = *item;
    ReviewMeetingService meeting(m_session.database(), m_session.clock());
    auto decisions = meeting.decisions(m_week);
    auto items = meeting.actionItems(m_week);
    if (!decisions || !items) {
        showPending(tr("The meeting's records could not be read: %1")
                        .arg((decisions ? items.error() : decisions.error()).message));
        return;
    }
    m_decisions = std::move(*decisions);
    m_items = std::move(*items);
    m_agendaModel->setItems(ReviewAgenda::build(m_week, *m_review, m_items));
    selectAgendaRow(chosen ? m_agendaModel->rowOf(*chosen) : 0);
}

void MeetingPanel::selectAgendaRow(int row)
{
    const QModelIndex index = m_agendaModel->index(std::clamp(row, 0, m_agendaModel->rowCount() - 1), 0);
    m_agendaView->setCurrentIndex(index);
    showSelection(); // also when the row stays the current one
}

int MeetingPanel::selectedAgendaRow() const
{
    const QModelIndex current = m_agendaView->currentIndex();
    return current.isValid() ? current.row() : 0;
}

void MeetingPanel::selectActionRow(int row)
{
    m_actionView->selectRow(row);
    m_actionView->setCurrentIndex(m_actionModel->index(row, 0));
    updateButtons();
}

std::optional<MetricKey> MeetingPanel::selectedMetric() const
{
    const AgendaItem *item = m_agendaModel->itemAt(selectedAgendaRow());
    return item ? item->metric : std::nullopt;
}

void MeetingPanel::showSelection()
{
    const AgendaItem *item = m_agendaModel->itemAt(selectedAgendaRow());
    std::vector<ReviewDecision> decisions;
    std::vector<ActionItem> items;
    if (item == nullptr) {
        m_notesTitle->setText(tr("Recorded this week"));
        decisions = m_decisions;
        items = m_items;
    } else if (item->metric) {
        m_notesTitle->setText(tr("Next to %1").arg(metricKeyLabel(*item->metric)));
        std::copy_if(m_decisions.begin(), m_decisions.end(), std::back_inserter(decisions),
                     [item](const ReviewDecision &d) { return d.metric == item->metric; });
        std::copy_if(m_items.begin(), m_items.end(), std::back_inserter(items),
                     [item](const ActionItem &i) { return i.metric == item->metric; });
    } else {
        m_notesTitle->setText(tr("The carried-over action item"));
        std::copy_if(m_items.begin(), m_items.end(), std::back_inserter(items),
                     [item](const ActionItem &i) { return i.id == item->actionItemId; });
    }
    m_message->setText(decisions.empty() && items.empty() ? tr("Nothing recorded next to it yet.")
                                                          : QString());
    m_message->setVisible(!m_message->text().isEmpty());
    m_decisionModel->setDecisions(std::move(decisions));
    m_actionModel->setItems(std::move(items));
    updateButtons();
}

const ActionItem *MeetingPanel::selectedItem() const
{
    const QModelIndex current = m_actionView->currentIndex();
    return current.isValid() ? m_actionModel->itemAt(current.row()) : nullptr;
}

void MeetingPanel::updateButtons()
{
    const bool ready = m_review.has_value() && m_session.user().has_value();
    m_decide->setEnabled(ready);
    m_addItem->setEnabled(ready);
    const ActionItem *item = selectedItem();
    m_status->setEnabled(ready && item != nullptr);
    for (QAction *action : m_status->menu()->actions())
        action->setEnabled(item != nullptr && action->data().toInt() != static_cast<int>(item->status));
    const QString who = tr("Choose who you are (the user menu) to record the meeting.");
    for (QPushButton *button : {m_decide, m_addItem})
        button->setStatusTip(m_session.user() ? QString() : who);
}

bool MeetingPanel::checkUser(const QString &title)
{
    if (m_session.user())
        return true;
    m_prompter->showError(title, makeError(ErrorKind::PermissionDenied,
                                           tr("Choose who you are first: the meeting's records say who "
                                              "wrote them.")));
    return false;
}

void MeetingPanel::recordDecision()
{
    const QString title = tr("Decision not recorded");
    if (!m_review || !checkUser(title))
        return;
    auto versions = AgreementService(m_session.database(), m_session.clock()).list();
    if (!versions) {
        m_prompter->showError(title, versions.error());
        return;
    }
    auto decision = m_prompter->askDecision(openDrafts(*versions), selectedMetric());
    if (!decision)
        return;
    decision->week = m_week;
    auto id =
        ReviewMeetingService(m_session.database(), m_session.clock()).decide(*decision, m_session.user()->id);
    if (!id) {
        m_prompter->showError(title, id.error());
        return;
    }
    reload();
    Q_EMIT recorded();
}

void MeetingPanel::addActionItem()
{
    const QString title = tr("Action item not added");
    if (!m_review || !checkUser(title))
        return;
    auto users = UserRepository(m_session.database()).all();
    if (!users) {
        m_prompter->showError(title, users.error());
        return;
    }
    const QDate due = m_session.clock().now().toLocalTime().date().addDays(7);
    auto item = m_prompter->askActionItem(*users, selectedMetric(), due);
    if (!item)
        return;
    item->week = m_week;
    auto id = ReviewMeetingService(m_session.database(), m_session.clock())
                  .addActionItem(*item, m_session.user()->id);
    if (!id) {
        m_prompter->showError(title, id.error());
        return;
    }
    reload();
    if (const int row = m_actionModel->rowOf(*id); row >= 0)
        selectActionRow(row);
    Q_EMIT recorded();
}

void MeetingPanel::setSelectedStatus(ActionStatus status)
{
    const ActionItem *item = selectedItem();
    const QString title = tr("Status not changed");
    if (item == nullptr || !checkUser(title))
        return;
    const qint64 id = item->id;
    auto changed = ReviewMeetingService(m_session.database(), m_session.clock())
                       .setActionStatus(id, status, m_session.user()->id, item->version);
    if (!changed)
        m_prompter->showError(title, changed.error());
    reload(); // after a conflict, shows what the colleague made of it
    if (const int row = m_actionModel->rowOf(id); row >= 0)
        selectActionRow(row);
    if (changed)
        Q_EMIT recorded();
}

QString MeetingPanel::notesTitle() const
{
    return m_notesTitle->text();
}

QString MeetingPanel::message() const
{
    return m_message->text();
}

} // namespace baton
