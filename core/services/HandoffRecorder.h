#pragma once

#include "agreement/HandoffJudge.h"
#include "common/Result.h"
#include "domain/Handoff.h"
#include "domain/Lead.h"
#include "storage/ScoreRuleRepository.h"

#include <optional>

namespace baton {

class Database;

/// Writes one handoff: the lead moves to mql at the decision's time (with its handoff time, and
/// an owner when given) and the handoff record is stored beside it. Expects a transaction opened
/// by the caller; fails with Conflict when the lead changed since it was read.
class HandoffRecorder {
public:
    explicit HandoffRecorder(Database &db)
        : m_db(db)
        , m_rules(db)
    {}

    Result<Handoff> record(const Lead &lead, const HandoffDecision &decision, int definitionNumber,
                           HandoffTrigger trigger, std::optional<qint64> ownerId = std::nullopt,
                           std::optional<qint64> actorId = std::nullopt,
                           const std::optional<QDateTime> &slaDueAt = std::nullopt);

    /// Whether marketing holds the lead, so that meeting the rule hands it over: nurture, or
    /// recycled with its revisit date reached (or none set).
    static bool isEligible(const Lead &lead, const QDate &today);

private:
    Database &m_db;
    ScoreRuleRepository m_rules; ///< the rules' bits, read once for a batch
};

} // namespace baton
