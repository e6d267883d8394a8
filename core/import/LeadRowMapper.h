#pragma once

#include "import/ImportColumns.h"
#include "import/ImportRefusal.h"
#include "import/MappedLead.h"

#include <optional>
#include <vector>

namespace baton {

struct CsvRecord;

/// Turns a row of a leads file into a lead: trims every value, reads numbers as exports write
/// them ("1,200", "51-200", "$12.5M"), dates by the mapping's formats and zone, the country as
/// its ISO code with its sales region, the company's domain from its website (or the e-mail),
/// and the seniority from the title when the file has none. A row it cannot read is refused with
/// the column and the reason; each of its problems is reported.
class LeadRowMapper {
public:
    /// `now` in unix seconds: a lead created later is refused, and one without a date gets it.
    LeadRowMapper(const ImportColumns &columns, qint64 now)
        : m_columns(columns)
        , m_now(now)
    {}

    /// The lead, or nullopt with the row's refusals appended to `refusals`.
    std::optional<MappedLead> map(const CsvRecord &record, std::vector<ImportRefusal> &refusals) const;
    /// Whether the row is the start of a report's footer (the mapping's footer words).
    bool isFooter(const CsvRecord &record) const;

    /// The row's given values written over a stored lead (for an update).
    static void applyTo(const MappedLead &row, Lead &lead);

private:
    const ImportColumns &m_columns;
    qint64 m_now;
};

} // namespace baton
