#pragma once

#include "demo/DemoRegion.h"

#include <QtGlobal>

namespace baton {

struct DemoContext;
struct DemoLeadRecord;
class DemoRandom;

/// What the rest of a lead's story needs to know about its contact.
struct DemoContactFacts {
    DemoRegion region = DemoRegion::NorthAmerica;
    size_t seniority = 0;
    bool student = false;
    bool hasPhone = true;
};

/// Makes the person and the company of a lead: name, title and seniority, an address at
/// the company's domain in its convention, a phone in the country's format, firmographics.
class DemoContactMaker {
public:
    static DemoContactFacts make(const DemoContext &context, DemoRandom &random, DemoLeadRecord &record);
};

} // namespace baton
