#include "rejections/RejectionListModel.h"

#include "rejections/InboxText.h"
#include "services/RejectionReviewService.h"
#include "session/Session.h"
#include "storage/ReasonRepository.h"

#include <QColor>

#include <algorithm>

namespace baton {
namespace {

QColor statusColor(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Open:
        return {0xb4, 0x53, 0x09};
    case ReviewStatus::Disputed:
        return {0xb9, 0x1c, 0x1c};
    case ReviewStatus::Reopened:
        return {0x25, 0x63, 0xeb};
    default:
        return {0x4b, 0x55, 0x63};
    }
}

} // namespace

RejectionListModel::RejectionListModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    loadReasonLabels();
}

void RejectionListModel::loadReasonLabels()
{
    ReasonRepository reasons(m_session.database());
    for (Stage stage : {Stage::Rejected, Stage::Disqualified}) {
        auto forStage = reasons.forStage(stage);
        if (!forStage)
            continue; // the list then shows reason codes
        for (const Reason &reason : *forStage)
            m_reasonLabels.insert(reason.code, reason.label);
    }
}

QString RejectionListModel::reasonLabel(const QString &code) const
{
    return m_reasonLabels.value(code, code);
}

void RejectionListModel::setQuery(const ReviewQuery &query, int atLeast)
{
    const auto wanted = static_cast<size_t>(std::max(atLeast, 1));
    beginResetModel();
    m_query = query;
    m_query.before.reset();
    m_query.limit = pageSize;
    m_rows.clear();
    m_pagesRead = 0;
    m_exhausted = false;
    bool read = true;
    while (read && m_rows.size() < wanted && !m_exhausted)
        read = appendPage(m_rows);
    endResetModel();
    if (!read)
        Q_EMIT loadFailed(m_lastError);
}

void RejectionListModel::reload()
{
    setQuery(m_query, static_cast<int>(m_rows.size()));
}

std::optional<std::vector<RejectionReview>> RejectionListModel::readPageAfter(const RejectionReview *last)
{
    ReviewQuery page = m_query;
    if (last != nullptr)
        page.before = std::pair(last->rejectedAt, last->id);
    auto read = RejectionReviewService(m_session.database(), m_session.clock()).list(page);
    if (!read) {
        m_exhausted = true;
        m_lastError = read.error().message;
        return std::nullopt;
    }
    m_lastError.clear();
    ++m_pagesRead;
    m_exhausted = static_cast<int>(read->size()) < page.limit;
    return std::move(read).value();
}

bool RejectionListModel::appendPage(std::vector<RejectionReview> &rows)
{
    auto page = readPageAfter(rows.empty() ? nullptr : &rows.back());
    if (!page)
        return false;
    rows.insert(rows.end(), std::make_move_iterator(page->begin()), std::make_move_iterator(page->end()));
    return true;
}

bool RejectionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void RejectionListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    auto page = readPageAfter(m_rows.empty() ? nullptr : &m_rows.back());
    if (!page) {
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    if (page->empty())
        return;
    const auto first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page->begin()), std::make_move_iterator(page->end()));
    endInsertRows();
}

const RejectionReview *RejectionListModel::reviewAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<size_t>(row)];
}

std::optional<int> RejectionListModel::rowOfReview(qint64 reviewId) const
{
    const auto found = std::find_if(m_rows.begin(), m_rows.end(), [reviewId](const RejectionReview &review) {
        return review.id == reviewId;
    });
    if (found == m_rows.end())
        return std::nullopt;
    return static_cast<int>(found - m_rows.begin());
}

int RejectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RejectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectionListModel::data(const QModelIndex &index, int role) const
{
    const RejectionReview *review = index.isValid() ? reviewAt(index.row()) : nullptr;
    if (review == nullptr || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*review, index.column());
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn)
            return InboxText::full(review->rejectedAt);
        if (index.column() == ReasonColumn && !review->note.isEmpty())
            return review->note;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return statusColor(review->status);
        return {};
    case ReviewIdRole:
        return review->id;
    case LeadIdRole:
        return review->leadId;
    case StatusRole:
        return static_cast<int>(review->status);
    case VersionRole:
        return review->version;
    default:
        return {};
    }
}

QVariant RejectionListModel::display(const RejectionReview &review, int column) const
{
    switch (column) {
    case WhenColumn:
        return InboxText::when(review.rejectedAt, m_session.clock().now());
    case LeadColumn:
        return review.leadName;
    case CompanyColumn:
        return review.companyName;
    case StageColumn:
        return review.stage == Stage::Disqualified ? tr("Disqualified") : tr("Rejected");
    case ReasonColumn:
        return reasonLabel(review.reasonCode);
    case OwnerColumn:
        return review.rejectedByName.isEmpty() ? tr("Nobody recorded") : review.rejectedByName;
    case StatusColumn:
        return reviewStatusLabel(review.status);
    default:
        return {};
    }
}

QVariant RejectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case LeadColumn:
        return tr("Lead");
    case CompanyColumn:
        return tr("Company");
    case StageColumn:
        return tr("Stage");
    case ReasonColumn:
        return tr("Reason");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Review");
    default:
        return {};
    }
}

} // namespace baton
