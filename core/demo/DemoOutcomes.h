#pragma once

namespace baton {

struct DemoLeadRecord;

/// What sales made of each of a demo lead's handoffs, as the live code records it move by move:
/// the first acceptance, and the last move out of mql or sal before the next handoff (with its
/// reason and time). Marks the moves on from mql or sal (to sal, sql or disqualified) made with no
/// meaningful contact since the handoff, by the response clock's first contact, and the lead whose
/// latest move was one of them and who has not been reached since.
class DemoOutcomes {
public:
    static void make(DemoLeadRecord &record);
};

} // namespace baton
