#pragma once

#include "common/Result.h"
#include "domain/Lead.h"
#include "domain/Reevaluation.h"

#include <QDate>

#include <functional>
#include <optional>

namespace baton {

class Database;

/// The leads a re-evaluation looks at, and the record of each run.
class ReevaluationRepository {
public:
    explicit ReevaluationRepository(Database &db)
        : m_db(db)
    {}

    /// How many leads marketing holds: nurture, or recycled with the revisit date reached by `today`.
    Result<qint64> countEligible(const QDate &today);
    /// Each of those leads in id order, with the time it entered its stage; `visit` returns false
    /// to stop early.
    Result<void> forEachEligible(const QDate &today,
                                 const std::function<bool(const Lead &lead, const QDateTime &since)> &visit);

    Result<std::optional<Reevaluation>> last();
    /// Stores a run (in the caller's transaction).
    Result<void> insert(const Reevaluation &run, std::optional<qint64> actorId);

private:
    Database &m_db;
};

} // namespace baton
