#include "demo/DemoCompanyPool.h"

#include "demo/DemoFirms.h"
#include "demo/DemoRandom.h"
#include "demo/DemoWeights.h"

#include <algorithm>

namespace baton {
namespace {

// Lead n draws from stream n + 1; the pool's stream is far away from any lead's.
constexpr quint64 poolStream = 0x8000'0000'0000'0001ULL;

struct Band {
    quint32 weight;
    qint64 low;
    qint64 high;
};

constexpr Band sizeBands[] = {
    {15, 10, 50}, {25, 51, 200}, {30, 201, 1000}, {20, 1001, 5000}, {10, 5001, 50000}};

std::string lowerAscii(std::string_view text)
{
    std::string lower;
    lower.reserve(text.size());
    for (char c : text) {
        if (c >= 'A' && c <= 'Z')
            lower.push_back(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            lower.push_back(c);
    }
    return lower;
}

qint64 revenueFor(DemoRandom &random, qint64 employees, quint32 perEmployeeThousands)
{
    const qint64 revenue = employees * perEmployeeThousands * 1000 * random.between(80, 120) / 100;
    return std::max<qint64>(10000, revenue / 10000 * 10000);
}

int pickEmailPattern(DemoRandom &random)
{
    static const DemoWeights patterns{55, 20, 10, 10, 5};
    return static_cast<int>(patterns.pick(random));
}

} // namespace

size_t DemoCompanyPool::countFor(qint64 leads)
{
    return static_cast<size_t>(std::clamp<qint64>(leads / 6, 200, 250000));
}

DemoCompanyPool::DemoCompanyPool(quint64 seed, size_t count)
{
    DemoRandom random(seed, poolStream);
    const auto industries = DemoFirms::industries();
    const auto countries = DemoFirms::countries();
    const auto starts = DemoFirms::brandStarts();
    const auto ends = DemoFirms::brandEnds();
    const DemoWeights industryWeights = DemoWeights::of(industries);
    const DemoWeights countryWeights = DemoWeights::of(countries);
    const DemoWeights bandWeights = DemoWeights::of(std::span<const Band>(sizeBands));

    m_enterpriseCount = std::max<size_t>(1, count / 20);
    m_companies.resize(count);
    for (size_t index = 0; index < count; ++index) {
        DemoCompany &company = m_companies[index];
        company.industry = industryWeights.pick(random);
        company.country = countryWeights.pick(random);
        const DemoIndustry &industry = industries[company.industry];
        const DemoCountry &country = countries[company.country];

        std::string_view start = random.pick(starts);
        std::string_view end = random.pick(ends);
        std::string_view suffix = random.pick(industry.suffixes);
        company.name.reserve(48);
        company.name.append(start).append(end).append(" ").append(suffix);
        if (random.percent(35))
            company.name.append(" ").append(country.legalForm);
        company.domain = lowerAscii(start);
        company.domain.append(end).append(lowerAscii(suffix));
        company.domain.append(country.code == "US" || random.percent(50) ? std::string_view(".com")
                                                                         : country.domainEnding);

        if (index < m_enterpriseCount) {
            company.employees = random.between(5001, 60000);
        } else {
            const Band &band = sizeBands[bandWeights.pick(random)];
            company.employees = random.between(band.low, band.high);
        }
        company.annualRevenue = revenueFor(random, company.employees, industry.revenuePerEmployee);
        company.emailPattern = pickEmailPattern(random);
    }

    size_t education = 0;
    for (size_t i = 0; i < industries.size(); ++i) {
        if (industries[i].name == "Education")
            education = i;
    }
    for (const DemoUniversity &entry : DemoFirms::universities()) {
        DemoCompany university;
        university.name = std::string(entry.name);
        university.domain = std::string(entry.domain);
        university.industry = education;
        university.country = entry.country;
        university.employees = random.between(2000, 30000);
        university.annualRevenue = revenueFor(random, university.employees, 120);
        m_universities.push_back(std::move(university));
    }
}

} // namespace baton
