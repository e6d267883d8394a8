#pragma once

#include "common/Result.h"
#include "domain/HandoffOutcome.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace baton {

class Database;

/// The handoffs of a period as the feedback reports read them: one pass over an index that
/// holds every column they need.
class FeedbackRepository {
public:
    explicit FeedbackRepository(Database &db)
        : m_db(db)
    {}

    /// What sales made of a handoff.
    using Outcome = HandoffOutcome;

    struct HandoffFact {
        qint64 at = 0;         ///< seconds since the epoch
        qint64 campaignId = 0; ///< 0: none
        std::optional<int> totalScore;
        qint64 ruleMask = 0;
        int topRule = -1; ///< -1: no rule gave half the points
        bool accepted = false;
        Outcome outcome = Outcome::Open;
        QString reasonCode; ///< of a rejection, disqualification or recycling
    };
    /// Every handoff in [from, to), oldest first.
    Result<void> forEachHandoff(const QDateTime &from, const QDateTime &to,
                                const std::function<void(const HandoffFact &)> &visit);

    /// Moves on from mql or sal in [from, to) with no meaningful contact behind them, per person
    /// who made them (0: nobody recorded).
    Result<std::vector<std::pair<qint64, int>>> movesWithoutContact(const QDateTime &from,
                                                                    const QDateTime &to);

private:
    Database &m_db;
};

} // namespace baton
