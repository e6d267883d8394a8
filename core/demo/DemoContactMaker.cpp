#include "demo/DemoContactMaker.h"

#include "demo/DemoContext.h"
#include "demo/DemoFirms.h"
#include "demo/DemoLeadRecord.h"
#include "demo/DemoPeople.h"

namespace baton {
namespace {

void appendEmail(std::string &email, int pattern, const std::string &first, const std::string &last)
{
    switch (pattern) {
    case 1: // mpatel
        email.push_back(first.empty() ? 'x' : first.front());
        email.append(last);
        break;
    case 2: // maya
        email.append(first);
        break;
    case 3: // mayap
        email.append(first);
        if (!last.empty())
            email.push_back(last.front());
        break;
    case 4: // maya_patel
        email.append(first).append("_").append(last);
        break;
    default: // maya.patel
        email.append(first).append(".").append(last);
        break;
    }
}

void appendPhone(std::string &phone, std::string_view pattern, DemoRandom &random)
{
    const quint64 bits = random.next();
    int used = 0;
    for (char c : pattern) {
        if (c == '#' || c == 'N') {
            // Four bits per digit from one draw: 16 digits before a new draw is needed.
            const quint64 nibble = (bits >> (4 * (used % 16))) & 0xFU;
            ++used;
            const int digit = c == 'N' ? 2 + static_cast<int>(nibble % 8) : static_cast<int>(nibble % 10);
            phone.push_back(static_cast<char>('0' + digit));
        } else {
            phone.push_back(c);
        }
    }
}

} // namespace

DemoContactFacts DemoContactMaker::make(const DemoContext &context, DemoRandom &random,
                                        DemoLeadRecord &record)
{
    DemoContactFacts facts;
    facts.seniority = context.seniorities.pick(random);
    facts.student = facts.seniority == DemoPeople::studentSeniority;

    const DemoCompanyPool &pool = context.companies;
    const DemoCompany *company = nullptr;
    if (facts.student) {
        company = &pool.university(static_cast<size_t>(random.below(pool.universityCount())));
    } else if (random.percent(15)) {
        company = &pool.company(static_cast<size_t>(random.below(pool.enterpriseCount())));
    } else {
        company = &pool.company(static_cast<size_t>(random.below(pool.size())));
    }
    const DemoCountry &country = DemoFirms::countries()[company->country];
    facts.region = country.region;

    // Mostly names of the company's region, some from elsewhere: teams are international.
    const DemoRegion nameRegion =
        random.percent(85) ? facts.region : allDemoRegions[static_cast<size_t>(random.below(4))];
    const DemoNameList &firsts = context.firstNames[static_cast<size_t>(nameRegion)];
    const DemoNameList &lasts = context.lastNames[static_cast<size_t>(nameRegion)];
    const size_t first = firsts.weights.pick(random);
    const size_t last = lasts.weights.pick(random);

    record.name.clear();
    record.name.append(firsts.text[first]).append(" ").append(lasts.text[last]);
    record.email.clear();
    appendEmail(record.email, facts.student ? 0 : company->emailPattern, firsts.ascii[first],
                lasts.ascii[last]);
    record.email.append("@").append(company->domain);

    record.phone.clear();
    facts.hasPhone = !random.percent(18);
    if (facts.hasPhone)
        appendPhone(record.phone, country.phoneTemplate, random);

    const auto titles = DemoPeople::titles(facts.seniority);
    record.title = titles[context.titles[facts.seniority].pick(random)].title;
    record.seniority = DemoPeople::seniorities()[facts.seniority];
    record.companyName = company->name;
    record.companyDomain = company->domain;
    record.industry = DemoFirms::industries()[company->industry].name;
    record.employees = company->employees;
    record.annualRevenue = company->annualRevenue;
    record.country = country.code;
    record.region = demoRegionName(facts.region);
    return facts;
}

} // namespace baton
