#pragma once

#include "common/Result.h"
#include "common/TaskControl.h"
#include "domain/Reevaluation.h"

#include <optional>

namespace baton {

class Clock;
class Database;

/// Applies the effective definition to every lead marketing still holds (nurture, and recycled
/// leads whose revisit date has come): a lead that meets the MQL rule now is handed over, with
/// the handoff record (version, score, buying signal, completeness). Leads already handed over
/// keep the record of the version they were handed over under.
///
/// It reads first and writes the handoffs in one transaction at the end: a cancel, or any
/// failure, leaves the file as it was.
class ReevaluationService {
public:
    ReevaluationService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    /// Whether the effective version has not been applied yet by a re-evaluation.
    Result<bool> pending();
    /// The last re-evaluation stored, if any.
    Result<std::optional<Reevaluation>> last();
    /// Runs it. Progress counts leads read; Cancelled (nothing written) when stopped.
    Result<Reevaluation> run(std::optional<qint64> actorId, const TaskControl &control = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace baton
