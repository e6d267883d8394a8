#pragma once

#include "common/Result.h"
#include "common/TaskControl.h"
#include "storage/QueueFilter.h"

#include <QStringList>
#include <QTextStream>

namespace baton {

class Database;

/// A queue or list as CSV (see CsvWriter), in the order the queue shows it, with the columns it
/// shows as values rather than as words for the moment: id, name, email, company, title, stage,
/// opportunity (won or lost), campaign, handed over and respond by (ISO 8601 UTC, empty when the
/// response clock stopped), moved without contact (yes or empty). The desktop's Export CSV… and
/// `batonctl export queue` write through here, a page at a time.
class QueueCsv {
public:
    static QStringList header();
    /// Returns the number of rows written (the header not counted).
    static Result<qint64> write(Database &db, const QueueFilter &filter, QTextStream &out,
                                const TaskControl &control = {});
    /// write into the file at path, whole, or leaves what was there untouched.
    static Result<qint64> save(Database &db, const QueueFilter &filter, const QString &path,
                               const TaskControl &control = {});
};

} // namespace baton
