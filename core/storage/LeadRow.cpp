#include "storage/LeadRow.h"

namespace baton {

Lead LeadRow::read(const Statement &s, int first)
{
    Lead lead;
    readInto(s, first, lead);
    return lead;
}

void LeadRow::readInto(const Statement &s, int first, Lead &lead, bool contact)
{
    const int c = first;
    lead.id = s.int64(c);
    if (contact) {
        s.textInto(c + 1, lead.person.name);
        s.textInto(c + 2, lead.person.email);
        s.textInto(c + 3, lead.person.phone);
        s.textInto(c + 6, lead.company.name);
        s.textInto(c + 7, lead.company.domain);
    }
    s.textInto(c + 4, lead.person.title);
    s.textInto(c + 5, lead.person.seniority);
    s.textInto(c + 8, lead.company.industry);
    lead.company.employees = s.int64(c + 9);
    lead.company.annualRevenue = s.int64(c + 10);
    s.textInto(c + 11, lead.company.country);
    s.textInto(c + 12, lead.company.region);
    lead.campaignId = s.optionalInt64(c + 13);
    lead.createdAt = s.dateTime(c + 14);
    lead.stage = stageFromName(s.text(c + 15)).value_or(Stage::Nurture);
    lead.ownerId = s.optionalInt64(c + 16);
    lead.handoffAt = s.optionalDateTime(c + 17);
    lead.revisitOn.reset();
    if (!s.isNull(c + 18))
        lead.revisitOn = QDate::fromString(s.text(c + 18), Qt::ISODate);
    lead.version = s.int64(c + 19);
}

} // namespace baton
