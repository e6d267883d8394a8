#pragma once

#include "common/Result.h"
#include "common/TaskControl.h"
#include "import/ImportResult.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace baton::cli {

class CommandContext;

/// How `import leads` and `import events` show their progress and what they did, as text or
/// JSON.
class ImportText {
public:
    enum class Kind { Leads, Events };

    /// A progress line on stderr when a person watches it.
    static TaskControl progress(CommandContext &context, const QString &file);
    static void write(QTextStream &out, Kind kind, const QString &file, const ImportResult &result);
    static QJsonObject toJson(Kind kind, const QString &file, const ImportResult &result);
    /// Ends an import command: the progress line closed, then the failure, or the result as
    /// text or JSON. Returns the exit code.
    static int finish(CommandContext &context, Kind kind, const QString &file,
                      const Result<ImportResult> &result, bool json);
};

} // namespace baton::cli
