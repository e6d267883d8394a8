#pragma once

#include "common/Result.h"
#include "common/TaskControl.h"
#include "import/ColumnMapping.h"
#include "import/ImportOptions.h"
#include "import/ImportPreset.h"
#include "import/ImportResult.h"

class QIODevice;

namespace baton {

class Clock;
class Database;

/// Imports engagement events from a CSV file (email, type, time, detail, campaign; see
/// ImportPreset::events()). Each event is stored against the lead with that e-mail; a row whose
/// e-mail no lead has, or whose type or time cannot be read, is refused and the rest imports.
/// Then every lead marketing holds that got events is judged, as EventService judges one event:
/// a fast-track event, or scores at now that meet the MQL rule, hand it over and route it. One
/// write transaction for the whole file: a cancel or a failure keeps nothing.
class EventImporter {
public:
    EventImporter(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    /// The first `rows` data rows as read, with the lead each names (leadId 0: none); no write.
    Result<ImportResult> preview(QIODevice &file, int rows = 10,
                                 const ColumnMapping &mapping = ImportPreset::events());
    /// Progress is in bytes of the file read; Cancelled (nothing kept) when stopped.
    Result<ImportResult> run(QIODevice &file, const ImportOptions &options = {},
                             const TaskControl &control = {},
                             const ColumnMapping &mapping = ImportPreset::events());

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace baton
