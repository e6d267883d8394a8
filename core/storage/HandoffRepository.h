#pragma once

#include "common/Result.h"
#include "domain/Handoff.h"
#include "domain/StageChange.h"

#include <optional>
#include <vector>

namespace baton {

class Database;

/// The stored handoff records. Writes expect a transaction opened by the caller; the table is
/// append-only.
class HandoffRepository {
public:
    explicit HandoffRepository(Database &db)
        : m_db(db)
    {}

    /// Stores the record; its signal, when set, must be a stored event of the lead. Returns its id.
    Result<qint64> insert(const Handoff &handoff);
    /// A move on from mql or sal: what sales made of the lead's latest handoff (accepted, then
    /// converted, rejected, disqualified or recycled, with the reason). Other moves change nothing.
    Result<void> recordOutcome(const StageChange &change);
    /// The lead's latest handoff with its signal event, if it has one on record.
    Result<std::optional<Handoff>> latest(qint64 leadId);
    /// Every handoff of the lead, oldest first.
    Result<std::vector<Handoff>> forLead(qint64 leadId);

private:
    Database &m_db;
};

} // namespace baton
