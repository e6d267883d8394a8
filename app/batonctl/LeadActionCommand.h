#pragma once

#include "Command.h"
#include "common/Result.h"
#include "domain/Lead.h"
#include "domain/User.h"

#include <optional>

namespace baton {
class Database;
class LeadService;
} // namespace baton

namespace baton::cli {

class CommandParser;

/// The shape every `lead ACTION ID … --as USER` command shares: parse the id and the acting
/// user, open the file, load the lead, let the subclass act through LeadService, report.
class LeadActionCommand : public Command {
public:
    int run(CommandContext &context, const QStringList &args) final;

protected:
    /// What an action works with once the file is open and the lead and user are known.
    struct Request {
        CommandContext &context;
        const CommandParser &parser;
        Database &db;
        LeadService &service;
        Lead lead;                 ///< as it was before the action
        std::optional<User> actor; ///< the --as user, when the action has one
        /// The version given with --if-version: the action is refused as a conflict when the lead
        /// has changed since.
        std::optional<qint64> expected;
    };

    /// What follows "lead NAME" in the usage line, e.g. "ID --as USER".
    virtual QString synopsis() const = 0;
    virtual QString description() const = 0;
    /// Adds the command's own options and examples (ID, --as, --db and --help are there already).
    virtual void addOptions(CommandParser &parser) const = 0;
    /// Whether the action is taken as a named user (--as USER).
    virtual bool needsActor() const { return true; }
    /// Checks option values before the file is opened; a failure is a usage error.
    virtual Result<void> checkOptions(const CommandParser &parser) const;
    /// Acts; returns the exit code.
    virtual int perform(Request &request) = 0;

    /// Prints the outcome of a stage move ("Lead 42 (…): mql -> sal; detail.") or its error.
    static int report(Request &request, const Result<void> &outcome, const QString &detail = {});
    /// Prints why the service refused the action, adding that the lead is unchanged (exit 1).
    static int refused(Request &request, const Error &error);
    /// "42 (Jane Doe, Acme Corp)".
    static QString describeLead(const Lead &lead);
};

} // namespace baton::cli
