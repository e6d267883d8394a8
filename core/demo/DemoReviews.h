#pragma once

#include <QtGlobal>

namespace baton {

struct DemoContext;
struct DemoLeadRecord;
class DemoRandom;

/// Marketing's review of each of a demo lead's rejections and disqualifications, step by step as
/// RejectionReviewService takes them, each step with its words in the lead's thread: most are
/// acknowledged within a week, some disputed (more often when the reason does not fit the lead, as
/// "no authority" for a VP), and a sales manager upholds a dispute or reopens the lead (when the
/// journey sends it back to mql); a rejection marketing recycles is recycled through its review.
/// Before that, sales' reason for a rejection is made to follow the handoff's points, so that the
/// feedback has something to find: a lead whose engagement came mostly from content (downloads,
/// webinars) is turned down for no buying intent or no authority more often, one handed over on
/// the strength of a demo request alone for not being an ICP fit. Also some plain comments on
/// handed-over leads.
class DemoReviews {
public:
    static void make(const DemoContext &context, DemoRandom &random, DemoLeadRecord &record);

private:
    static void followThePoints(const DemoContext &context, DemoRandom &random, DemoLeadRecord &record);
    static void review(const DemoContext &context, DemoRandom &random, int changeIndex,
                       DemoLeadRecord &record);
    static void addComments(const DemoContext &context, DemoRandom &random, DemoLeadRecord &record);
};

} // namespace baton
