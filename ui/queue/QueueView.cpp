#include "queue/QueueView.h"

#include "queue/QueueFilterBar.h"
#include "queue/QueueModel.h"
#include "session/Session.h"
#include "storage/CampaignRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace baton {

QueueView::QueueView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filterBar(new QueueFilterBar(this))
    , m_model(new QueueModel(session.database(), session.clock(), this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    configureTable();

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 8);
    layout->setSpacing(6);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);

    connect(m_filterBar, &QueueFilterBar::filterChanged, this, &QueueView::applyFilter);
    connect(&m_session, &Session::userChanged, this, &QueueView::applyFilter);
    connect(m_model, &QueueModel::countChanged, this, &QueueView::countChanged);
    connect(m_model, &QueueModel::loadFailed, this, &QueueView::loadFailed);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const auto lead = selectedLead();
        Q_EMIT currentLeadChanged(lead ? lead->id : 0);
    });

    // The countdowns move on by themselves; nothing is read for it.
    auto *ticker = new QTimer(this);
    ticker->setInterval(std::chrono::seconds(15));
    connect(ticker, &QTimer::timeout, m_model, &QueueModel::tick);
    ticker->start();

    loadCampaigns();
    applyFilter();
}

void QueueView::configureTable()
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(false); // the order is the queue's: most urgent first, in SQL
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // Fixed row heights: the view never measures a row, so a million rows cost nothing.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 12);
    rows->hide();

    // Name, stage and age keep their width; company, title and campaign share the rest.
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setStretchLastSection(false);
    columns->setMinimumSectionSize(40);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int column : {QueueModel::CompanyColumn, QueueModel::TitleColumn, QueueModel::CampaignColumn})
        columns->setSectionResizeMode(column, QHeaderView::Stretch);
    const auto headerWidth = [this](int column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        return m_table->horizontalHeader()->fontMetrics().horizontalAdvance(title) +
               3 * m_table->fontMetrics().height() / 2;
    };
    m_table->setColumnWidth(QueueModel::LeadColumn, 12 * em);
    m_table->setColumnWidth(QueueModel::ResponseColumn,
                            std::max(9 * em, headerWidth(QueueModel::ResponseColumn)));
    // Room for the stage and the mark of a lead accepted without a contact.
    m_table->setColumnWidth(QueueModel::StageColumn, std::max(6 * em, headerWidth(QueueModel::StageColumn)));
    m_table->setColumnWidth(QueueModel::HandoffColumn,
                            std::max(7 * em, headerWidth(QueueModel::HandoffColumn)));
}

void QueueView::loadCampaigns()
{
    CampaignRepository campaigns(m_session.database());
    if (auto all = campaigns.all())
        m_filterBar->setCampaigns(*all);
    else
        Q_EMIT loadFailed(all.error().message);
}

void QueueView::applyFilter()
{
    QueueFilter filter = m_filterBar->filter();
    const auto &user = m_session.user();
    // Without a user there is no "my" queue: show none rather than everyone's.
    filter.ownerId = user ? user->id : -1;
    // Opportunities have no response clock: their list does without the countdown.
    m_table->setColumnHidden(QueueModel::ResponseColumn, filter.stage == Stage::Sql);
    m_model->setFilter(filter);
    updateEmptyState();
    // The most urgent lead is the next to work: open the queue on it.
    if (m_model->rowCount() > 0)
        selectRow(0);
    else
        Q_EMIT currentLeadChanged(0);
}

void QueueView::refresh()
{
    const auto previous = selectedLead();
    const int row = currentRow();
    m_model->refresh();
    updateEmptyState();
    if (!previous || row < 0 || m_model->rowCount() == 0) {
        Q_EMIT currentLeadChanged(0);
        return;
    }
    const auto found = m_model->findLead(previous->id, row);
    selectRow(found.value_or(std::min(row, m_model->rowCount() - 1)));
}

void QueueView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        const bool opportunities = m_filterBar->filter().stage == Stage::Sql;
        m_emptyLabel->setText(
            opportunities ? tr("No opportunities yet.\nLeads you convert (Convert…) are listed "
                               "here until they are marked won or lost, and after.")
            : m_filterBar->isNarrowed() ? tr("No leads in your queue match these filters.")
                                        : tr("Your queue is empty.\nNew leads appear here as soon as "
                                             "marketing hands them over to you."));
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_table);
}

std::optional<SelectedLead> QueueView::selectedLead() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    const QModelIndex lead = index.siblingAtColumn(QueueModel::LeadColumn);
    const qint64 id = lead.data(QueueModel::LeadIdRole).toLongLong();
    if (id == 0)
        return std::nullopt;
    return SelectedLead{id, lead.data(QueueModel::VersionRole).toLongLong(),
                        static_cast<Stage>(lead.data(QueueModel::StageRole).toInt()),
                        lead.data(QueueModel::NameRole).toString(),
                        lead.data(QueueModel::ClosedRole).toBool()};
}

int QueueView::currentRow() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void QueueView::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, QueueModel::LeadColumn);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void QueueView::focusSearch()
{
    m_filterBar->focusSearch();
}

} // namespace baton
