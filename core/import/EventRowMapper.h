#pragma once

#include "import/ImportColumns.h"
#include "import/ImportRefusal.h"
#include "import/MappedEvent.h"

#include <optional>
#include <string_view>
#include <vector>

namespace baton {

struct CsvRecord;

/// Turns a row of an events file into an event: the lead's e-mail, the type by Baton's name or
/// label in any case ("page_view", "Page view", "page-view"), the time by the mapping's formats
/// and zone, the detail as written. A row it cannot read is refused with the column and why.
class EventRowMapper {
public:
    EventRowMapper(const ImportColumns &columns, qint64 now)
        : m_columns(columns)
        , m_now(now)
    {}

    bool map(const CsvRecord &record, MappedEvent &event, std::vector<ImportRefusal> &refusals) const;
    /// The type an events file names: Baton's name or label, or a usual variant of them.
    static std::optional<EventType> type(std::string_view text);

private:
    const ImportColumns &m_columns;
    qint64 m_now;
};

} // namespace baton
