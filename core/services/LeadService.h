#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/ActivityType.h"
#include "domain/Conversion.h"
#include "domain/Stage.h"
#include "domain/User.h"

#include <QDate>
#include <QString>

#include <optional>

namespace baton {

class Database;

/// The actions a salesperson takes on a lead, with the lifecycle's rules applied.
/// Each call is one short write transaction: stored at once, or not at all.
/// Every front end (desktop, batonctl) goes through here.
class LeadService {
public:
    LeadService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    /// The version the caller read; a mismatch fails with Conflict. Empty: no check.
    using ExpectedVersion = std::optional<qint64>;

    /// mql -> sal. An unowned lead becomes the acting user's.
    Result<void> accept(qint64 leadId, qint64 actorId, ExpectedVersion expected = {});
    /// mql -> rejected with a reason from the taxonomy (and a note where the reason needs one).
    Result<void> reject(qint64 leadId, qint64 actorId, const QString &reasonCode, const QString &note,
                        ExpectedVersion expected = {});
    /// sal -> disqualified with a reason.
    Result<void> disqualify(qint64 leadId, qint64 actorId, const QString &reasonCode, const QString &note,
                            ExpectedVersion expected = {});
    /// mql, sal, rejected or disqualified -> recycled with a reason and the date to revisit.
    Result<void> recycle(qint64 leadId, qint64 actorId, const QString &reasonCode, const QString &note,
                         QDate revisitOn, ExpectedVersion expected = {});
    /// sal -> sql: the agreement's checklist must be met (every required item answered yes);
    /// records the opportunity's value, note, expected close and the answers.
    Result<void> convert(qint64 leadId, qint64 actorId, const Conversion &conversion,
                         ExpectedVersion expected = {});
    /// The opportunity (sql) was won or lost; a loss needs its reason. Once.
    Result<void> closeOpportunity(qint64 leadId, qint64 actorId, bool won, const QString &reason,
                                  ExpectedVersion expected = {});
    /// nurture or recycled -> mql by hand, optionally to a named owner: the handoff is recorded
    /// with the effective definition's scores at this moment and no buying signal.
    Result<void> handOver(qint64 leadId, std::optional<qint64> ownerId, std::optional<qint64> actorId = {},
                          ExpectedVersion expected = {});
    /// Records a call, email, meeting… with its outcome. Does not change the stage.
    Result<qint64> logActivity(qint64 leadId, qint64 actorId, ActivityType type, const QString &outcome,
                               const QString &note, ExpectedVersion expected = {});

private:
    Result<User> actor(qint64 actorId);
    Result<void> exitWithReason(qint64 leadId, qint64 actorId, Stage to, const QString &reasonCode,
                                const QString &note, std::optional<QDate> revisitOn,
                                ExpectedVersion expected);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace baton
