#pragma once

#include "common/Result.h"
#include "domain/Stage.h"

#include <vector>

namespace baton {

/// The lifecycle as a state machine: which stage may follow which, and which
/// moves need a reason. Stored history is append-only; this decides what may be appended.
class Lifecycle {
public:
    static bool isAllowed(Stage from, Stage to);
    /// Entering rejected, disqualified or recycled needs a reason code.
    static bool requiresReason(Stage to);
    static std::vector<Stage> nextStages(Stage from);
    /// Ok when the move is allowed and a reason is given where one is required.
    static Result<void> check(Stage from, Stage to, const QString &reasonCode);
};

} // namespace baton
