#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportKind.h"
#include "import/ImportOptions.h"
#include "import/ImportResult.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace baton {

/// What the import wizard's pages settle between them: the file, how its columns are read, what
/// to do with duplicates, and in the end what the import did.
struct ImportDraft {
    ImportKind kind = ImportKind::Leads;
    QString path;
    QStringList header;
    ColumnMapping mapping;
    ImportOptions options;
    std::optional<ImportResult> result; ///< set once an import ran to its end
    QString failure;                    ///< why it did not, when it did not
};

} // namespace baton
