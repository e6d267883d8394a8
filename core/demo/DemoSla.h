#pragma once

namespace baton {

struct DemoContext;
struct DemoLeadRecord;

/// The routing decision and response clock of each of a demo lead's handoffs, from what the
/// rest of its story says: the region's rule and pool, the agreement's SLA tier, the due time in
/// the owner's team calendar, the first meaningful contact (or the moment it left the queue
/// without one).
class DemoSla {
public:
    static void make(const DemoContext &context, DemoLeadRecord &record);
};

} // namespace baton
