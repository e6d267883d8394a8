#pragma once

#include "metrics/ReviewHandoff.h"
#include "storage/MetricsRepository.h"

#include <vector>

namespace baton {

/// The response clocks of a review's span, held compactly and matched to the span's handoffs as
/// they are read, so the handoffs are counted one by one rather than held until their clocks are.
/// Handoffs come in time order and a clock starts at its handoff, so the clocks are kept in the
/// same order and matched by walking forward; a handoff not where the walk expects it is found
/// by its id.
class ReviewClocks {
public:
    void add(const MetricsRepository::Clock &clock);
    /// Call once every clock is in, before the first attach().
    void seal();
    /// Where a walk over the clocks stands; one per reader, so readers can walk side by side.
    struct Walk {
        size_t row = 0; ///< the first row not started before the last handoff attached
    };
    /// Sets the handoff's clock fields from its clock, or clears them when it has none.
    void attach(ReviewHandoff &handoff, Walk &walk) const;

    size_t size() const { return m_rows.size(); }
    /// A start time that splits the clocks (and so the span's handoffs) into two halves.
    qint64 middle() const;

private:
    /// A clock's fields, the lowest qint64 standing for an absent one.
    struct Row {
        qint64 startedAt;
        qint64 handoffId;
        qint64 ownerId;
        qint64 assignedAt;
        qint64 firstContactAt;
        qint64 dueAt;
        qint64 closedAt;
    };
    const Row *find(qint64 startedAt, qint64 handoffId, Walk &walk) const;
    const Row *findById(qint64 handoffId) const;

    std::vector<Row> m_rows;       ///< by start time, then handoff id
    std::vector<qint32> m_byId;    ///< row of (id - m_firstId), -1 for none; empty when ids are sparse
    std::vector<qint64> m_idOrder; ///< when sparse: handoff ids sorted, with m_idRows beside them
    std::vector<qint32> m_idRows;
    qint64 m_firstId = 0;
};

} // namespace baton
