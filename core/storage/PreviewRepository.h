#pragma once

#include "common/Result.h"
#include "domain/EngagementEvent.h"
#include "domain/Lead.h"
#include "domain/Stage.h"

#include <QDateTime>

#include <functional>
#include <optional>
#include <vector>

namespace baton {

class Database;

/// What sales did first with a lead after a handoff: the stage it moved it to, and why.
struct Judgement {
    Stage to = Stage::Sal;
    QString reasonCode;
};

/// The reads of the impact preview: the leads that could matter in a window, their events up to
/// its end, and what sales made of them.
class PreviewRepository {
public:
    explicit PreviewRepository(Database &db)
        : m_db(db)
    {}

    /// Leads created before `to` that had an event in [from, to) or were handed over in it.
    Result<void> forEachCandidate(const QDateTime &from, const QDateTime &to,
                                  const std::function<bool(const Lead &lead)> &visit);
    /// The lead's events before `to`, oldest first.
    Result<std::vector<EngagementEvent>> eventsBefore(qint64 leadId, const QDateTime &to);
    /// The first move out of mql at or after `handoffAt`, if sales has made one.
    Result<std::optional<Judgement>> judgement(qint64 leadId, const QDateTime &handoffAt);
    /// The reason of the lead's latest rejection before `before`, if it was ever rejected.
    Result<std::optional<QString>> latestRejection(qint64 leadId, const QDateTime &before);

private:
    Database &m_db;
};

} // namespace baton
