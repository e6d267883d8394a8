#pragma once

#include "common/Result.h"
#include "domain/Reevaluation.h"

#include <optional>

namespace baton {

class Database;

/// The record of each re-evaluation run.
class ReevaluationRepository {
public:
    explicit ReevaluationRepository(Database &db)
        : m_db(db)
    {}

    Result<std::optional<Reevaluation>> last();
    /// Stores a run (in the caller's transaction).
    Result<void> insert(const Reevaluation &run, std::optional<qint64> actorId);

private:
    Database &m_db;
};

} // namespace baton
