#pragma once

#include "domain/Stage.h"

#include <QString>

#include <optional>

namespace baton {

/// Which leads a queue shows: the open ones (mql, sal), or with stage sql the opportunities.
struct QueueFilter {
    std::optional<qint64> ownerId;    ///< empty: every owner
    std::optional<Stage> stage;       ///< mql or sal; empty: both; sql: the opportunities instead
    std::optional<qint64> campaignId; ///< empty: every campaign
    QString search;                   ///< part of the name, company or email; empty: no search

    bool operator==(const QueueFilter &) const = default;
};

} // namespace baton
