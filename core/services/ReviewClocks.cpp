#include "services/ReviewClocks.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace baton {
namespace {

constexpr qint64 none = std::numeric_limits<qint64>::min();

qint64 stored(const std::optional<qint64> &value)
{
    return value.value_or(none);
}

std::optional<qint64> read(qint64 value)
{
    return value == none ? std::nullopt : std::optional<qint64>(value);
}

} // namespace

void ReviewClocks::add(const MetricsRepository::Clock &clock)
{
    m_rows.push_back({clock.startedAt, clock.handoffId, stored(clock.ownerId), stored(clock.assignedAt),
                      stored(clock.firstContactAt), stored(clock.dueAt), stored(clock.closedAt)});
}

void ReviewClocks::seal()
{
    const auto byTime = [](const Row &a, const Row &b) {
        return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.handoffId < b.handoffId;
    };
    if (!std::is_sorted(m_rows.begin(), m_rows.end(), byTime))
        std::sort(m_rows.begin(), m_rows.end(), byTime);
    m_byId.clear();
    m_idOrder.clear();
    m_idRows.clear();
    if (m_rows.empty())
        return;
    const auto [low, high] = std::minmax_element(
        m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.handoffId < b.handoffId; });
    m_firstId = low->handoffId;
    const qint64 span = high->handoffId - m_firstId + 1;
    // Handoff ids are handed out in order, so a span's ids are mostly dense: index them directly,
    // unless that index would be mostly empty.
    if (span <= 4 * static_cast<qint64>(m_rows.size()) + 4096) {
        m_byId.assign(static_cast<size_t>(span), -1);
        for (size_t row = 0; row < m_rows.size(); ++row)
            m_byId[static_cast<size_t>(m_rows[row].handoffId - m_firstId)] = static_cast<qint32>(row);
        return;
    }
    std::vector<qint32> rows(m_rows.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [this](qint32 a, qint32 b) {
        return m_rows[static_cast<size_t>(a)].handoffId < m_rows[static_cast<size_t>(b)].handoffId;
    });
    for (const qint32 row : rows)
        m_idOrder.push_back(m_rows[static_cast<size_t>(row)].handoffId);
    m_idRows = std::move(rows);
}

qint64 ReviewClocks::middle() const
{
    return m_rows.empty() ? 0 : m_rows[m_rows.size() / 2].startedAt;
}

const ReviewClocks::Row *ReviewClocks::find(qint64 startedAt, qint64 handoffId, Walk &walk) const
{
    if (walk.row < m_rows.size() && m_rows[walk.row].startedAt < startedAt) {
        // Mostly a step or two; a walk that starts late (a second reader) jumps.
        const auto first = m_rows.begin() + static_cast<std::ptrdiff_t>(walk.row);
        walk.row = (first + 1 != m_rows.end() && (first + 1)->startedAt >= startedAt)
                       ? walk.row + 1
                       : static_cast<size_t>(
                             std::lower_bound(first, m_rows.end(), startedAt,
                                              [](const Row &row, qint64 at) { return row.startedAt < at; }) -
                             m_rows.begin());
    }
    for (size_t row = walk.row; row < m_rows.size() && m_rows[row].startedAt == startedAt; ++row) {
        if (m_rows[row].handoffId == handoffId)
            return &m_rows[row];
    }
    return findById(handoffId);
}

const ReviewClocks::Row *ReviewClocks::findById(qint64 handoffId) const
{
    if (!m_byId.empty()) {
        const qint64 slot = handoffId - m_firstId;
        if (slot < 0 || slot >= static_cast<qint64>(m_byId.size()))
            return nullptr;
        const qint32 row = m_byId[static_cast<size_t>(slot)];
        return row < 0 ? nullptr : &m_rows[static_cast<size_t>(row)];
    }
    const auto found = std::lower_bound(m_idOrder.begin(), m_idOrder.end(), handoffId);
    if (found == m_idOrder.end() || *found != handoffId)
        return nullptr;
    return &m_rows[static_cast<size_t>(m_idRows[static_cast<size_t>(found - m_idOrder.begin())])];
}

void ReviewClocks::attach(ReviewHandoff &handoff, Walk &walk) const
{
    const Row *row = find(handoff.at, handoff.id, walk);
    handoff.hasClock = row != nullptr;
    if (row == nullptr) {
        handoff.ownerId = handoff.assignedAt = handoff.firstContactAt = handoff.dueAt = handoff.closedAt =
            std::nullopt;
        return;
    }
    handoff.ownerId = read(row->ownerId);
    handoff.assignedAt = read(row->assignedAt);
    handoff.firstContactAt = read(row->firstContactAt);
    handoff.dueAt = read(row->dueAt);
    handoff.closedAt = read(row->closedAt);
}

} // namespace baton
