#pragma once

#include "agreement/Definition.h"
#include "agreement/HandoffJudge.h"
#include "common/Result.h"
#include "domain/EngagementEvent.h"
#include "domain/Handoff.h"
#include "domain/Lead.h"
#include "services/RoutingSession.h"

#include <QDateTime>

#include <memory>
#include <optional>
#include <span>

namespace baton {

class Database;

/// What follows every handoff, in the same transaction: the lead is routed to an owner (unless
/// it was handed to one by hand) and its response clock starts, with the tier's window in the
/// owner's team calendar. Reads routing's state once for a whole batch of handoffs.
class HandoffDispatch {
public:
    HandoffDispatch(Database &db, QDateTime now);
    HandoffDispatch(const HandoffDispatch &) = delete;
    HandoffDispatch &operator=(const HandoffDispatch &) = delete;
    ~HandoffDispatch();

    /// The SLA tier a lead falls in, by its total score at handoff and its events.
    static std::optional<SlaTier> tierFor(const Definition &definition, int totalScore,
                                          std::span<const EngagementEvent> events);

    /// Who the lead goes to and when its response is due, decided before the handoff is written,
    /// so that the lead's stage, owner and due time change in one update.
    struct Plan {
        std::optional<qint64> owner;
        std::optional<qint64> givenOwner;      ///< handed to this person by hand
        std::optional<RoutingDecision> routed; ///< the rules' decision otherwise
        std::optional<SlaTier> tier;           ///< none: no response is promised
        std::optional<QDateTime> dueAt;
    };
    /// `lead` as it was read before the handoff; `decision` the handoff about to be recorded.
    Result<Plan> plan(const Lead &lead, const HandoffDecision &decision, const std::optional<SlaTier> &tier,
                      std::optional<qint64> givenOwner);
    /// After HandoffRecorder wrote the handoff with the plan's owner and due time: its routing
    /// decision and its response clock.
    Result<void> record(const Lead &lead, const Handoff &handoff, const Plan &plan,
                        std::optional<qint64> actorId);
    /// Writes routing's round-robin credits back; call before committing.
    Result<void> finish();

private:
    Database &m_db;
    QDateTime m_now;
    std::unique_ptr<RoutingSession> m_session;
};

} // namespace baton
