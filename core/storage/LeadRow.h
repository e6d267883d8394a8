#pragma once

#include "domain/Lead.h"
#include "storage/Statement.h"

#include <string_view>

namespace baton {

/// The columns of a lead as every reader selects them ("l." qualifies them for joins), and
/// how one row of them becomes a Lead.
class LeadRow {
public:
    static constexpr int columnCount = 20;
    static constexpr std::string_view columns =
        "l.id, l.name, l.email, l.phone, l.title, l.seniority, l.company_name, l.company_domain, "
        "l.industry, l.employees, l.annual_revenue, l.country, l.region, l.campaign_id, l.created_at, "
        "l.stage, l.owner_id, l.handoff_at, l.revisit_on, l.version";

    /// The same list with NULL in place of the contact columns (name, e-mail, phone, company name
    /// and domain), for passes that do not read them: SQLite copies out every selected column.
    static constexpr std::string_view columnsWithoutContact =
        "l.id, NULL, NULL, NULL, l.title, l.seniority, NULL, NULL, "
        "l.industry, l.employees, l.annual_revenue, l.country, l.region, l.campaign_id, l.created_at, "
        "l.stage, l.owner_id, l.handoff_at, l.revisit_on, l.version";

    /// Reads the columns above, starting at `first`.
    static Lead read(const Statement &s, int first = 0);
    /// The same into an existing lead, reusing its strings' buffers: for passes over many rows.
    /// Without `contact`, name, e-mail, phone, company name and domain are left empty.
    static void readInto(const Statement &s, int first, Lead &lead, bool contact = true);
};

} // namespace baton
