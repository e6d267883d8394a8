#pragma once

#include "common/Result.h"
#include "common/TaskControl.h"
#include "import/ColumnMapping.h"
#include "import/ImportOptions.h"
#include "import/ImportResult.h"

class QIODevice;

namespace baton {

class Clock;
class Database;

/// Imports leads from a CSV file through a column mapping (a preset or the person's own).
///
/// The whole file is applied in one write transaction: a cancel, a fatal error (a file that is
/// not CSV, a missing e-mail column) or a crash leaves the Baton file as it was. A row that cannot
/// be read is refused with its row, column and why, and the rest imports. A lead whose e-mail the
/// file already has (or an earlier row of the file has) is updated or skipped, as the options say.
/// Every lead added or updated that marketing holds is then judged by the effective definition and,
/// when it meets the MQL rule, handed over and routed in the same transaction.
class LeadImporter {
public:
    LeadImporter(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    /// The first `rows` data rows as Baton would store them, and their refusals; writes nothing.
    Result<ImportResult> preview(QIODevice &file, const ColumnMapping &mapping, int rows = 10);
    /// Progress is in bytes of the file read; Cancelled (nothing kept) when stopped.
    Result<ImportResult> run(QIODevice &file, const ColumnMapping &mapping, const ImportOptions &options = {},
                             const TaskControl &control = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace baton
