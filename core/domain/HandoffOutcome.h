#pragma once

namespace baton {

/// What sales made of a handoff (handoffs.outcome): nothing yet, accepted, then converted,
/// rejected, disqualified or recycled.
enum class HandoffOutcome { Open, Accepted, Converted, Rejected, Disqualified, Recycled };

} // namespace baton
