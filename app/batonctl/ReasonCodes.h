#pragma once

#include "domain/Stage.h"

#include <QString>

namespace baton {
class Database;
}

namespace baton::cli {

class CommandContext;
class CommandParser;

/// The reason taxonomy as the reject, disqualify and recycle commands present it.
class ReasonCodes {
public:
    /// "not_icp_fit, no_authority, …": the codes the file accepts for entering stage.
    static QString list(Database &db, Stage stage);
    /// The usage error for a missing --reason: says which codes the file has.
    static int missing(Database &db, Stage stage, const CommandParser &parser, CommandContext &context);
    /// Adds --reason CODE and --note TEXT to a command.
    static void addOptions(CommandParser &parser, const QString &why);
};

} // namespace baton::cli
