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

/// What the impact preview reads besides the leads and their events: what sales made of them.
class PreviewRepository {
public:
    explicit PreviewRepository(Database &db)
        : m_db(db)
    {}

    /// The first move out of mql at or after `handoffAt`, if sales has made one.
    Result<std::optional<Judgement>> judgement(qint64 leadId, const QDateTime &handoffAt);
    /// The reason of the lead's latest rejection before `before`, if it was ever rejected.
    Result<std::optional<QString>> latestRejection(qint64 leadId, const QDateTime &before);

private:
    Database &m_db;
};

} // namespace baton
