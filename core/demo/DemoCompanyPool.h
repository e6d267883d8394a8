#pragma once

#include <QtGlobal>

#include <string>
#include <vector>

namespace baton {

/// One company of the demo data (or a university, for students).
struct DemoCompany {
    std::string name;
    std::string domain;
    size_t industry = 0; ///< index into DemoFirms::industries(); universities: "Education"
    size_t country = 0;  ///< index into DemoFirms::countries()
    qint64 employees = 0;
    qint64 annualRevenue = 0;
    int emailPattern = 0; ///< how the company spells addresses: first.last, flast, …
};

/// The companies contacts work at, made once per run so that several leads share a
/// company (and its domain, size and e-mail convention). The first companies are the
/// large accounts that many leads come from.
class DemoCompanyPool {
public:
    DemoCompanyPool(quint64 seed, size_t count);

    size_t size() const { return m_companies.size(); }
    /// How many of the first companies are the large accounts.
    size_t enterpriseCount() const { return m_enterpriseCount; }
    const DemoCompany &company(size_t index) const { return m_companies[index]; }
    size_t universityCount() const { return m_universities.size(); }
    const DemoCompany &university(size_t index) const { return m_universities[index]; }

    /// Number of companies for a data set of this many leads.
    static size_t countFor(qint64 leads);

private:
    std::vector<DemoCompany> m_companies;
    std::vector<DemoCompany> m_universities;
    size_t m_enterpriseCount = 0;
};

} // namespace baton
