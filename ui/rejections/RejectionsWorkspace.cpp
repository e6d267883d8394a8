#include "rejections/RejectionsWorkspace.h"

#include "agreement/BackgroundTask.h"
#include "feedback/CalibrationPanel.h"
#include "rejections/DialogReviewPrompter.h"
#include "rejections/InboxGroupModel.h"
#include "rejections/InboxSummary.h"
#include "rejections/RejectionDetail.h"
#include "rejections/RejectionFilterBar.h"
#include "rejections/RejectionListModel.h"
#include "rejections/SparklineDelegate.h"
#include "services/FeedbackService.h"
#include "session/Session.h"
#include "storage/DatabaseOpener.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {
namespace {

/// The weeks before the period that its averages and trends compare with.
constexpr int earlierWeeks = 4;

constexpr std::array<FeedbackDimension, 5> groupings{FeedbackDimension::Reason, FeedbackDimension::Campaign,
                                                     FeedbackDimension::Source, FeedbackDimension::Band,
                                                     FeedbackDimension::Owner};

/// On the task's thread: its own connection, then the inbox.
Result<RejectionInbox> countInbox(const QString &path, const Clock &clock, const RejectionPeriod &period)
{
    auto database = DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist);
    if (!database)
        return database.error();
    return FeedbackService(**database, clock).inbox(period.from, period.to, earlierWeeks);
}

QString groupingLabel(FeedbackDimension dimension)
{
    return dimension == FeedbackDimension::Band ? RejectionsWorkspace::tr("Score band")
                                                : feedbackDimensionLabel(dimension);
}

QLabel *emptyLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(24);
    label->setStyleSheet(QStringLiteral("color: #6b7280;"));
    return label;
}

} // namespace

RejectionsWorkspace::RejectionsWorkspace(Session &session, std::unique_ptr<ReviewPrompter> prompter,
                                         QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompter(prompter ? std::move(prompter)
                          : std::make_unique<DialogReviewPrompter>(session.clock(), this))
    , m_filters(new RejectionFilterBar(session.clock(), this))
    , m_summary(new InboxSummary(this))
    , m_grouping(new QComboBox(this))
    , m_everyGroup(new QPushButton(tr("Show &every group"), this))
    , m_groupModel(new InboxGroupModel(this))
    , m_groupTable(new QTableView(this))
    , m_groupStack(new QStackedWidget(this))
    , m_groupsEmpty(emptyLabel(this))
    , m_listHeading(new QLabel(this))
    , m_listModel(new RejectionListModel(session, this))
    , m_listTable(new QTableView(this))
    , m_listStack(new QStackedWidget(this))
    , m_listEmpty(emptyLabel(this))
    , m_detail(new RejectionDetail(session, *m_prompter, this))
    , m_message(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new QTabWidget(this))
    , m_calibration(new CalibrationPanel(session, this))
    , m_task(new BackgroundTask(this))
{
    for (FeedbackDimension dimension : groupings)
        m_grouping->addItem(groupingLabel(dimension), static_cast<int>(dimension));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_message->hide();

    m_tabs->addTab(buildInboxTab(), tr("&Inbox"));
    m_tabs->addTab(m_calibration, tr("Calibra&tion"));
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_filters);
    layout->addWidget(m_tabs, 1);

    chooseStatusForRole();
    connect(m_filters, &RejectionFilterBar::periodChanged, this, &RejectionsWorkspace::periodChanged);
    connect(m_filters, &RejectionFilterBar::statusChanged, this, [this] { loadList(false); });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_selection.reset();
        showGroups();
        loadList(false);
    });
    connect(m_everyGroup, &QPushButton::clicked, this, [this] { selectGroup(-1); });
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RejectionsWorkspace::groupActivated);
    connect(m_listTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RejectionsWorkspace::currentReviewChanged);
    connect(m_listModel, &RejectionListModel::rowsInserted, this, &RejectionsWorkspace::updateListState);
    connect(m_listModel, &RejectionListModel::loadFailed, this, [this](const QString &message) {
        m_message->setText(message);
        m_message->show();
    });
    connect(m_detail, &RejectionDetail::reviewChanged, this, &RejectionsWorkspace::afterReview);
    connect(m_detail, &RejectionDetail::leadsChanged, this, &RejectionsWorkspace::leadsChanged);
    connect(m_task, &BackgroundTask::failed, this,
            [this](const QString &message) { showInbox(makeError(ErrorKind::Storage, message)); });
    connect(m_task, &BackgroundTask::finished, this, [this] {
        if (m_inboxStale)
            loadInbox();
    });
    connect(&m_session, &Session::userChanged, this, &RejectionsWorkspace::chooseStatusForRole);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_filters->setStatusVisible(m_tabs->currentWidget() != m_calibration);
        updateCalibration();
    });

    m_summary->showPending(tr("Counted when the page is shown"));
    m_groupsEmpty->setText(tr("Counted when the page is shown."));
    m_groupStack->setCurrentWidget(m_groupsEmpty);
    updateListState(); // the inbox and the list are read when the page is shown (refresh)
}

RejectionsWorkspace::~RejectionsWorkspace() = default;

QWidget *RejectionsWorkspace::buildInboxTab()
{
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(buildGroupsPane());
    left->addWidget(buildListPane());
    left->setChildrenCollapsible(false);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    left->setSizes({270, 400});

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({780, 500});

    auto *inbox = new QWidget(this);
    auto *layout = new QVBoxLayout(inbox);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
    return inbox;
}

void RejectionsWorkspace::updateCalibration()
{
    if (!m_calibrationStale || m_tabs->currentWidget() != m_calibration)
        return;
    m_calibrationStale = false;
    const RejectionPeriod period = m_filters->period();
    if (period.from == m_calibrationPeriod.from && period.to == m_calibrationPeriod.to) {
        m_calibration->refresh(); // the same period, counted again
        return;
    }
    m_calibrationPeriod = period;
    m_calibration->setPeriod(period.from, period.to);
}

QWidget *RejectionsWorkspace::buildGroupsPane()
{
    auto *pane = new QWidget(this);
    auto *groupingLabelWidget = new QLabel(tr("&Group by:"), pane);
    groupingLabelWidget->setBuddy(m_grouping);
    m_everyGroup->setToolTip(tr("List the rejections of every group again"));
    m_everyGroup->setAutoDefault(false);
    auto *bar = new QHBoxLayout;
    bar->addWidget(groupingLabelWidget);
    bar->addWidget(m_grouping);
    bar->addStretch(1);
    bar->addWidget(m_everyGroup);

    setUpTable(m_groupTable);
    m_groupTable->setModel(m_groupModel);
    m_groupTable->setItemDelegateForColumn(InboxGroupModel::TrendColumn, new SparklineDelegate(m_groupTable));
    QHeaderView *header = m_groupTable->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InboxGroupModel::LabelColumn, QHeaderView::Stretch);
    m_groupStack->addWidget(m_groupTable);
    m_groupStack->addWidget(m_groupsEmpty);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_groupStack, 1);
    return pane;
}

QWidget *RejectionsWorkspace::buildListPane()
{
    auto *pane = new QWidget(this);
    QFont bold = m_listHeading->font();
    bold.setBold(true);
    m_listHeading->setFont(bold);
    m_listHeading->setWordWrap(true);

    setUpTable(m_listTable);
    m_listTable->setModel(m_listModel);
    // Fixed widths from the font (no measuring of rows): the longest usual value of each column.
    const QFontMetrics metrics = m_listTable->fontMetrics();
    const auto widthOf = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 16;
    };
    m_listTable->horizontalHeader()->setStretchLastSection(false);
    m_listTable->horizontalHeader()->setSectionResizeMode(RejectionListModel::ReasonColumn,
                                                          QHeaderView::Stretch);
    m_listTable->setColumnWidth(RejectionListModel::WhenColumn, widthOf(QStringLiteral("Wed 30 Sep 23:59")));
    m_listTable->setColumnWidth(RejectionListModel::LeadColumn, widthOf(QStringLiteral("Francesca Kowal")));
    m_listTable->setColumnWidth(RejectionListModel::CompanyColumn, widthOf(QStringLiteral("Atlaswave Medi")));
    m_listTable->setColumnWidth(RejectionListModel::StageColumn, widthOf(tr("Disqualified")));
    m_listTable->setColumnWidth(RejectionListModel::OwnerColumn, widthOf(QStringLiteral("Lucía Fernánd")));
    m_listTable->setColumnWidth(RejectionListModel::StatusColumn, widthOf(QStringLiteral("Acknowledged")));
    m_listStack->addWidget(m_listTable);
    m_listStack->addWidget(m_listEmpty);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_listHeading);
    layout->addWidget(m_listStack, 1);
    return pane;
}

void RejectionsWorkspace::setUpTable(QTableView *table) const
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
}

void RejectionsWorkspace::chooseStatusForRole()
{
    const auto &user = m_session.user();
    // A sales manager's part of the review is the disputes; everyone else starts with the open ones.
    m_filters->setStatusFilter(user && user->role == Role::SalesManager
                                   ? RejectionFilterBar::StatusFilter::Disputed
                                   : RejectionFilterBar::StatusFilter::Open);
}

void RejectionsWorkspace::refresh()
{
    loadInbox();
    loadList(true);
    m_calibrationStale = true;
    updateCalibration();
}

void RejectionsWorkspace::periodChanged()
{
    m_selection.reset();
    m_summary->showPending(tr("Counting…"));
    loadInbox();
    loadList(false);
    m_calibrationStale = true;
    updateCalibration();
}

FeedbackDimension RejectionsWorkspace::grouping() const
{
    return static_cast<FeedbackDimension>(m_grouping->currentData().toInt());
}

void RejectionsWorkspace::setGrouping(FeedbackDimension dimension)
{
    const int index = m_grouping->findData(static_cast<int>(dimension));
    if (index >= 0)
        m_grouping->setCurrentIndex(index);
}

void RejectionsWorkspace::loadInbox()
{
    if (m_task->isRunning()) {
        m_inboxStale = true; // counted again once this run is done
        return;
    }
    m_inboxStale = false;
    const RejectionPeriod period = m_filters->period();
    const QString path = m_session.filePath();
    const Clock &clock = m_session.clock();
    if (!m_inbox)
        m_groupsEmpty->setText(tr("Counting the period's rejections…"));
    m_task->start([this, path, &clock, period](const TaskControl &) {
        auto counted = countInbox(path, clock, period);
        return BackgroundTask::Completion([this, period, counted = std::move(counted)] {
            m_inboxPeriod = period;
            showInbox(counted);
        });
    });
}

void RejectionsWorkspace::showInbox(const Result<RejectionInbox> &inbox)
{
    if (m_inboxStale)
        return; // a newer count follows
    if (!inbox) {
        m_message->setText(tr("The rejections could not be counted: %1").arg(inbox.error().message));
        m_message->show();
        m_summary->showPending(tr("not counted"));
        Q_EMIT inboxShown();
        return;
    }
    m_inbox = *inbox;
    m_summary->showInbox(*m_inbox, m_inboxPeriod, m_session.clock().now());
    showGroups();
    Q_EMIT inboxShown();
}

void RejectionsWorkspace::showGroups()
{
    if (!m_inbox)
        return;
    const auto found = m_inbox->groups.find(grouping());
    std::vector<InboxGroup> groups =
        found == m_inbox->groups.end() ? std::vector<InboxGroup>{} : found->second;
    m_settingGroups = true;
    m_groupModel->setGroups(std::move(groups), m_inbox->earlierWeeks, groupingLabel(grouping()));
    if (m_selection) {
        if (const auto row = m_groupModel->rowOfKey(m_selection->key))
            m_groupTable->selectRow(*row);
    }
    m_settingGroups = false;
    m_groupsEmpty->setText(tr("No rejections in this period."));
    m_groupStack->setCurrentWidget(m_groupModel->rowCount() == 0 ? static_cast<QWidget *>(m_groupsEmpty)
                                                                 : m_groupTable);
    m_everyGroup->setEnabled(m_selection.has_value());
}

void RejectionsWorkspace::selectGroup(int row)
{
    if (row < 0 || m_groupModel->groupAt(row) == nullptr) {
        m_settingGroups = true;
        m_groupTable->clearSelection();
        m_groupTable->selectionModel()->clearCurrentIndex();
        m_settingGroups = false;
        if (m_selection) {
            m_selection.reset();
            loadList(false);
        }
        m_everyGroup->setEnabled(false);
        return;
    }
    m_groupTable->selectRow(row); // groupActivated narrows the list
}

void RejectionsWorkspace::groupActivated()
{
    if (m_settingGroups)
        return;
    const InboxGroup *group = m_groupModel->groupAt(m_groupTable->selectionModel()->currentIndex().row());
    if (group == nullptr)
        return;
    if (m_selection && m_selection->dimension == grouping() && m_selection->key == group->key)
        return;
    m_selection = InboxSelection{grouping(), group->key, group->label};
    m_everyGroup->setEnabled(true);
    loadList(false);
}

void RejectionsWorkspace::loadList(bool keepLoaded)
{
    const auto &shown = m_detail->review();
    const qint64 reviewId = shown ? shown->id : 0;
    const int row = std::max(0, m_listTable->selectionModel()->currentIndex().row());

    ReviewQuery query;
    const RejectionPeriod period = m_filters->period();
    query.from = period.from;
    query.to = period.to;
    query.status = m_filters->status();
    if (m_selection)
        m_selection->narrow(query);
    m_message->hide();
    m_relisting = true;
    m_listModel->setQuery(query, keepLoaded ? m_listModel->rowCount() : 0);
    m_relisting = false;
    updateListState();
    selectReview(reviewId, row);
}

void RejectionsWorkspace::selectReview(qint64 reviewId, int nearRow)
{
    const int count = m_listModel->rowCount();
    std::optional<int> row = reviewId != 0 ? m_listModel->rowOfReview(reviewId) : std::nullopt;
    if (!row && count > 0)
        row = std::min(nearRow, count - 1);
    if (!row) {
        m_detail->showReview(0);
        return;
    }
    m_relisting = true;
    m_listTable->selectRow(*row);
    m_relisting = false;
    if (const RejectionReview *review = m_listModel->reviewAt(*row))
        m_detail->showReview(review->id);
}

void RejectionsWorkspace::currentReviewChanged()
{
    if (m_relisting)
        return;
    const RejectionReview *review =
        m_listModel->reviewAt(m_listTable->selectionModel()->currentIndex().row());
    m_detail->showReview(review ? review->id : 0);
}

void RejectionsWorkspace::afterReview(qint64 reviewId)
{
    Q_UNUSED(reviewId)
    // The detail keeps the review it shows; the list keeps it selected while it still belongs there.
    loadList(true);
    loadInbox();
    m_calibrationStale = true; // a recycled or reopened lead moves the calibration's numbers
}

void RejectionsWorkspace::updateListState()
{
    const bool empty = m_listModel->rowCount() == 0;
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_listEmpty) : m_listTable);
    m_listEmpty->setText(listEmptyText());
    m_listHeading->setText(listTitle());
}

QString RejectionsWorkspace::listTitle() const
{
    QString title;
    switch (m_filters->statusFilter()) {
    case RejectionFilterBar::StatusFilter::Open:
        title = tr("Not reviewed yet");
        break;
    case RejectionFilterBar::StatusFilter::Disputed:
        title = tr("Disputed, waiting for a sales manager");
        break;
    case RejectionFilterBar::StatusFilter::All:
        title = tr("Every rejection");
        break;
    }
    if (m_selection) {
        ReviewQuery probe;
        title +=
            m_selection->narrow(probe)
                ? tr(", %1").arg(m_selection->words())
                : tr(" (rejections without a score cannot be listed on their own: these are all of them)");
    }
    const int rows = m_listModel->rowCount();
    if (rows > 0) {
        const QModelIndex root;
        title += m_listModel->canFetchMore(root) ? tr(" · %1 shown, more as you scroll").arg(rows)
                                                 : tr(" · %1").arg(rows);
    }
    return title;
}

QString RejectionsWorkspace::listEmptyText() const
{
    if (m_listModel->rowCount() > 0)
        return {};
    if (!m_listModel->lastError().isEmpty())
        return m_listModel->lastError();
    const QString where = m_selection ? tr(" for %1").arg(m_selection->words()) : QString();
    switch (m_filters->statusFilter()) {
    case RejectionFilterBar::StatusFilter::Open:
        return tr("Nothing left to review in this period%1: every rejection has been looked at.").arg(where);
    case RejectionFilterBar::StatusFilter::Disputed:
        return tr("No disputed rejections in this period%1.").arg(where);
    case RejectionFilterBar::StatusFilter::All:
        break;
    }
    return tr("No rejections in this period%1.").arg(where);
}

} // namespace baton
