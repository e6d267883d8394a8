#pragma once

#include <QtGlobal>

namespace baton {

struct DemoContext;
struct DemoContactFacts;
struct DemoJourney;
struct DemoLeadRecord;
class DemoRandom;

/// Makes what sales did with a handed-over lead: contact attempts and conversations between
/// the moves of its journey (a meaningful contact before it is accepted, meetings before it
/// converts), and the opportunity of a converted lead with its checklist answers, expected close
/// and, for some older ones, the result. Sets the record's version.
class DemoSalesWork {
public:
    static void make(const DemoContext &context, const DemoContactFacts &contact, const DemoJourney &journey,
                     DemoRandom &random, DemoLeadRecord &record);

private:
    static void convert(const DemoContext &context, DemoRandom &random, qint64 at, qint64 owner,
                        DemoLeadRecord &record);
};

} // namespace baton
