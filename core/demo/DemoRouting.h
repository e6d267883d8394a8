#pragma once

#include "common/Result.h"
#include "demo/DemoRegion.h"
#include "routing/RoutingConfig.h"

#include <QtGlobal>

namespace baton {

class Database;
struct DemoContext;

/// The demo team's routing: a calendar and escalation path per sales team (New York, London,
/// Singapore, with their 2026 holidays), a pool per region weighted by each SDR's capacity, the
/// account-owner rule first, then one rule per region, and everyone as the fallback; one SDR is
/// out of office this week. Stored within the caller's transaction, unless the file has its own.
class DemoRouting {
public:
    static RoutingConfig config(const DemoContext &context);
    /// The rule that routes a region's leads, and its place in the rules (1-based).
    static QString ruleName(DemoRegion region);
    static int rulePosition(DemoRegion region);
    static Result<void> write(Database &db, const DemoContext &context);
};

} // namespace baton
