#pragma once

#include "agreement/Definition.h"
#include "agreement/DefinitionDifference.h"
#include "agreement/DefinitionVersion.h"
#include "common/Result.h"

#include <QString>
#include <QTextStream>

#include <vector>

namespace baton::cli {

/// How `batonctl definition …` writes versions and differences for people.
class DefinitionText {
public:
    /// Reads and checks a definition file (JSON); errors name the file, rule and field.
    static Result<Definition> readFile(const QString &path);
    /// A version number from the command line: 1 or more (0 with allowDefaults).
    static Result<int> number(const QString &text, bool allowDefaults);
    /// "proposal, effective since 2026-03-10 10:00 UTC", "marketing draft", …
    static QString state(const DefinitionVersion &version);
    /// The header lines of `definition show`.
    static void writeSummary(QTextStream &out, const DefinitionVersion &version);
    static void writeDifferences(QTextStream &out, const std::vector<DefinitionDifference> &differences);
};

} // namespace baton::cli
