#include "review/ReviewWorkspace.h"

#include "agreement/BackgroundTask.h"
#include "metrics/ReviewWeeks.h"
#include "rejections/InboxText.h"
#include "review/AcceptanceTrendChart.h"
#include "review/CompletenessChart.h"
#include "review/ContactHistogramChart.h"
#include "review/FunnelChart.h"
#include "review/MeetingPanel.h"
#include "review/OwnerSlaChart.h"
#include "review/RejectionReasonsChart.h"
#include "review/ReviewExportButton.h"
#include "review/ReviewFilterBar.h"
#include "review/ReviewLeadModel.h"
#include "review/ReviewTiles.h"
#include "session/Session.h"
#include "storage/CampaignRepository.h"
#include "storage/DatabaseOpener.h"
#include "storage/UserRepository.h"

#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {
namespace {

constexpr int chartHeight = 300;
constexpr int listedLeads = 200;
constexpr int tileColumns = 6;
constexpr int meetingTileColumns = 4; // beside the meeting's panel at 1280 pixels

/// On the task's thread: its own connection, then the handoffs of the slice.
Result<ReviewLeadService::Page> listLeads(const QString &path, const QDateTime &from, const QDateTime &to,
                                          const ReviewFilter &filter, const ReviewSlice &slice)
{
    auto database = DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist);
    if (!database)
        return database.error();
    return ReviewLeadService(**database).leads(from, to, filter, slice, listedLeads);
}

} // namespace

ReviewWorkspace::ReviewWorkspace(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filters(new ReviewFilterBar(session.clock(), this))
    , m_tiles(new ReviewTiles(this))
    , m_status(new QLabel(this))
    , m_trend(new AcceptanceTrendChart)
    , m_funnel(new FunnelChart)
    , m_contact(new ContactHistogramChart)
    , m_owners(new OwnerSlaChart)
    , m_reasons(new RejectionReasonsChart)
    , m_completeness(new CompletenessChart)
    , m_detail(new QLabel(this))
    , m_leadHeading(new QLabel(this))
    , m_leadModel(new ReviewLeadModel(this))
    , m_leadTable(new QTableView(this))
    , m_meetingButton(new QPushButton(tr("&Meeting mode"), this))
    , m_meeting(new MeetingPanel(session, this))
    , m_export(new ReviewExportButton(session, this))
    , m_task(new BackgroundTask(this))
    , m_leadTask(new BackgroundTask(this))
{
    m_status->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_detail->setWordWrap(true);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(6);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setText(tr("Click a bar or a point to see what is behind it."));
    m_leadHeading->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_leadTable->setModel(m_leadModel);
    m_leadTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_leadTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leadTable->setAlternatingRowColors(true);
    m_leadTable->setShowGrid(false);
    m_leadTable->setWordWrap(false);
    m_leadTable->verticalHeader()->hide();
    m_leadTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_leadTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_leadTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_leadTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_leadTable->setFixedHeight(6 * (fontMetrics().height() + 8));
    m_leadHeading->hide();
    m_leadTable->hide();

    m_meetingButton->setCheckable(true);
    m_meetingButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_meetingButton->setToolTip(tr("The week's agenda, decisions and action items beside the numbers "
                                   "(Ctrl+Shift+M)"));
    m_meeting->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_filters, 1);
    top->addWidget(m_status);
    top->addWidget(m_meetingButton);
    top->addWidget(m_export);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_tiles);
    contentLayout->addWidget(buildCharts());
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(scroll);
    split->addWidget(m_meeting);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    m_meeting->setMinimumWidth(360);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_leadHeading);
    layout->addWidget(m_leadTable);

    connect(m_filters, &ReviewFilterBar::changed, this, &ReviewWorkspace::load);
    connect(m_meetingButton, &QPushButton::toggled, this, [this](bool on) {
        m_meeting->setVisible(on);
        m_tiles->setColumns(on ? meetingTileColumns : tileColumns);
    });
    connect(m_task, &BackgroundTask::failed, this,
            [this](const QString &message) { showNumbers(makeError(ErrorKind::Storage, message)); });
    connect(m_task, &BackgroundTask::finished, this, [this] {
        if (m_stale)
            load();
    });
    connect(m_leadTask, &BackgroundTask::failed, this,
            [this](const QString &message) { showLeads(makeError(ErrorKind::Storage, message)); });
    connect(m_leadTask, &BackgroundTask::finished, this, [this] {
        if (m_leadsStale)
            loadLeads();
    });
    m_tiles->showPending(tr("Counted when the page is shown"));
}

ReviewWorkspace::~ReviewWorkspace() = default;

QWidget *ReviewWorkspace::buildCharts()
{
    auto *charts = new QWidget;
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setSpacing(6);
    const std::array<ReviewChart *, 6> all{m_trend, m_funnel, m_contact, m_owners, m_reasons, m_completeness};
    int index = 0;
    for (ReviewChart *chart : all) {
        auto *view = new QChartView(chart, charts);
        view->setRenderHint(QPainter::Antialiasing);
        view->setFixedHeight(chartHeight);
        view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        grid->addWidget(view, index / 2, index % 2);
        m_views.emplace_back(chart, view);
        connect(chart, &ReviewChart::picked, this,
                [this, chart](const QString &detail, int index) { showDetail(chart, detail, index); });
        ++index;
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return charts;
}

QChartView *ReviewWorkspace::viewOf(ReviewChart *chart) const
{
    for (const auto &[shown, view] : m_views) {
        if (shown == chart)
            return view;
    }
    return nullptr;
}

void ReviewWorkspace::setMeetingMode(bool on)
{
    m_meetingButton->setChecked(on);
}

bool ReviewWorkspace::meetingMode() const
{
    return m_meetingButton->isChecked();
}

QString ReviewWorkspace::status() const
{
    return m_status->text();
}

QString ReviewWorkspace::detailText() const
{
    return m_detail->text();
}

void ReviewWorkspace::refresh()
{
    loadChoices();
    m_filters->updateWeeks();
    load();
}

void ReviewWorkspace::loadChoices()
{
    auto campaigns = CampaignRepository(m_session.database()).all();
    auto users = UserRepository(m_session.database()).all();
    if (campaigns && users)
        m_filters->setChoices(*campaigns, *users);
}

void ReviewWorkspace::load()
{
    m_status->setText(tr("Counting\u2026"));
    m_export->setNumbers(std::nullopt); // until the week asked for is counted
    if (!m_numbers)
        m_tiles->showPending(tr("Counting\u2026"));
    if (m_task->isRunning()) {
        m_stale = true; // counted again once this run is done
        return;
    }
    m_stale = false;
    const ReviewRequest request = m_filters->request();
    const QString path = m_session.filePath();
    const Clock &clock = m_session.clock();
    m_task->start([this, path, &clock, request](const TaskControl &) {
        auto counted = ReviewNumbers::count(path, clock, request);
        return BackgroundTask::Completion([this, counted = std::move(counted)] { showNumbers(counted); });
    });
}

void ReviewWorkspace::showNumbers(const Result<ReviewNumbers> &numbers)
{
    if (m_stale)
        return; // a newer count follows
    if (!numbers) {
        m_status->setText(tr("The review could not be counted: %1").arg(numbers.error().message));
        m_status->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_tiles->showPending(tr("not counted"));
        m_meeting->showPending(tr("No agenda: the week's numbers could not be counted."));
        Q_EMIT shown();
        return;
    }
    m_status->clear();
    m_status->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_numbers = *numbers;
    m_export->setNumbers(m_numbers);
    const ReviewMetrics &review = m_numbers->review;
    m_tiles->showMetrics(review);
    m_trend->showWeeks(review.weeks, m_filters->monday().year());
    m_funnel->showMetrics(review.current);
    m_contact->showMetrics(review.current);
    m_owners->showGroups(m_numbers->owners);
    m_reasons->showReasons(m_numbers->reasons);
    m_completeness->showGroups(m_numbers->campaigns);
    m_meeting->showWeek(ReviewWeeks::mondayOf(m_numbers->request.from, m_numbers->request.zone), review);
    fitChartHeights();
    m_detail->setText(tr("Click a bar or a point to see what is behind it."));
    m_leadRequest.reset();
    m_leadModel->setLeads({});
    m_leadHeading->hide();
    m_leadTable->hide();
    Q_EMIT shown();
}

void ReviewWorkspace::fitChartHeights()
{
    for (std::size_t row = 0; row + 1 < m_views.size(); row += 2) {
        const int height = std::max(
            {chartHeight, m_views[row].first->preferredHeight(), m_views[row + 1].first->preferredHeight()});
        m_views[row].second->setFixedHeight(height);
        m_views[row + 1].second->setFixedHeight(height);
    }
}

void ReviewWorkspace::showDetail(ReviewChart *chart, const QString &detail, int index)
{
    m_detail->setText(detail);
    if (!m_numbers || index < 0 || index >= static_cast<int>(chart->slices().size()))
        return;
    LeadRequest request{m_numbers->request.from, m_numbers->request.to, m_numbers->request.filter,
                        chart->slices()[static_cast<size_t>(index)]};
    if (chart == m_trend && index < static_cast<int>(m_numbers->review.weeks.size())) {
        const WeekMetrics &week = m_numbers->review.weeks[static_cast<size_t>(index)];
        request.from = week.from;
        request.to = week.to;
    }
    m_leadRequest = request;
    loadLeads();
}

void ReviewWorkspace::loadLeads()
{
    if (!m_leadRequest)
        return;
    m_leadHeading->setText(tr("Listing the handoffs\u2026"));
    m_leadHeading->show();
    if (m_leadTask->isRunning()) {
        m_leadsStale = true; // listed again once this run is done
        return;
    }
    m_leadsStale = false;
    const LeadRequest request = *m_leadRequest;
    const QString path = m_session.filePath();
    m_leadTask->start([this, path, request](const TaskControl &) {
        auto listed = listLeads(path, request.from, request.to, request.filter, request.slice);
        return BackgroundTask::Completion([this, listed = std::move(listed)] { showLeads(listed); });
    });
}

void ReviewWorkspace::showLeads(const Result<ReviewLeadService::Page> &page)
{
    if (m_leadsStale || !m_leadRequest)
        return; // a newer list follows, or the numbers it was of are gone
    if (!page) {
        m_leadHeading->setText(tr("The handoffs could not be listed: %1").arg(page.error().message));
        m_leadModel->setLeads({});
        Q_EMIT leadsShown();
        return;
    }
    const int listed = static_cast<int>(page->leads.size());
    m_leadModel->setLeads(page->leads);
    QString title;
    if (page->total == 0)
        title = tr("No handoffs behind it.");
    else if (page->total == 1)
        title = tr("1 handoff behind it");
    else if (listed < page->total)
        title =
            tr("%1 handoffs behind it, the newest %2 listed").arg(InboxText::number(page->total)).arg(listed);
    else
        title = tr("%1 handoffs behind it").arg(InboxText::number(page->total));
    m_leadHeading->setText(title);
    m_leadTable->setVisible(page->total > 0);
    Q_EMIT leadsShown();
}

QString ReviewWorkspace::leadTitle() const
{
    return m_leadHeading->text();
}

} // namespace baton
