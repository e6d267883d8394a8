#include "agreement/ContextCompleteness.h"

namespace baton {
namespace {

bool filled(const QString &text)
{
    return !text.trimmed().isEmpty();
}

} // namespace

bool ContextCompleteness::isPresent(const Lead &lead, QStringView field, bool hasBuyingSignal,
                                    bool campaignKnown)
{
    const Person &p = lead.person;
    const Company &c = lead.company;
    if (field == u"email")
        return filled(p.email);
    if (field == u"phone")
        return filled(p.phone);
    if (field == u"name")
        return filled(p.name);
    if (field == u"title")
        return filled(p.title);
    if (field == u"seniority")
        return filled(p.seniority);
    if (field == u"company.name")
        return filled(c.name);
    if (field == u"company.domain")
        return filled(c.domain);
    if (field == u"company.industry")
        return filled(c.industry);
    if (field == u"company.employees")
        return c.employees > 0;
    if (field == u"company.annual_revenue")
        return c.annualRevenue > 0;
    if (field == u"company.country")
        return filled(c.country);
    if (field == u"company.region")
        return filled(c.region);
    if (field == u"campaign")
        return campaignKnown;
    if (field == u"buying_signal")
        return hasBuyingSignal;
    return false;
}

Completeness ContextCompleteness::evaluate(const Lead &lead, const QStringList &requiredFields,
                                           bool hasBuyingSignal, bool campaignKnown)
{
    Completeness result;
    if (requiredFields.isEmpty())
        return result;
    for (const QString &field : requiredFields) {
        if (!isPresent(lead, field, hasBuyingSignal, campaignKnown))
            result.missing.append(field);
    }
    const qsizetype present = requiredFields.size() - result.missing.size();
    result.percent = static_cast<int>(present * 100 / requiredFields.size());
    return result;
}

} // namespace baton
