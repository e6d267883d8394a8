#pragma once

#include "common/TaskControl.h"
#include "domain/Reevaluation.h"

#include <QJsonObject>
#include <QTextStream>

namespace baton::cli {

class CommandContext;

/// How batonctl reports a re-evaluation, shared by `score` and `definition sign`.
class ReevaluationText {
public:
    /// Progress on stderr when a person watches it; nothing in scripts.
    static TaskControl progress(CommandContext &context);
    static void write(QTextStream &out, const Reevaluation &run, double seconds);
    static QJsonObject toJson(const Reevaluation &run, double seconds);
};

} // namespace baton::cli
