#pragma once

#include "Command.h"
#include "common/Result.h"
#include "domain/Lead.h"
#include "domain/RejectionReview.h"
#include "domain/User.h"

namespace baton {
class Database;
class RejectionReviewService;
} // namespace baton

namespace baton::cli {

class CommandParser;

/// The shape every `rejections STEP ID … --as USER [--version N]` command shares: parse the
/// review's id and the acting user, open the file, load the review and its lead, let the
/// subclass take the step through RejectionReviewService at the version read (or the one
/// --version insists on), report.
class RejectionActionCommand : public Command {
public:
    int run(CommandContext &context, const QStringList &args) final;

protected:
    /// What a step works with once the file is open and the review and user are known.
    struct Request {
        CommandContext &context;
        const CommandParser &parser;
        Database &db;
        RejectionReviewService &service;
        RejectionReview review; ///< as it was before the step
        Lead lead;              ///< as it was before the step
        User actor;
        qint64 expectedVersion = 0; ///< --version, else the review's version as read
    };

    /// What follows "rejections NAME" in the usage line, e.g. "ID [--note TEXT] --as USER".
    virtual QString synopsis() const = 0;
    virtual QString description() const = 0;
    /// Adds the command's own options and examples (ID, --as, --version, --db and --help are there).
    virtual void addOptions(CommandParser &parser) const = 0;
    /// Checks option values before the file is opened; a failure is a usage error.
    virtual Result<void> checkOptions(const CommandParser &parser) const;
    /// Takes the step; returns the exit code.
    virtual int perform(Request &request) = 0;

    /// Prints the step ("Review 7 (lead 42, …): open -> acknowledged by mark.marketing.", and the
    /// lead's move when it moved) or why it was refused, adding that the review is unchanged.
    static int report(Request &request, const Result<void> &outcome);
    /// A usage error unless the option is given: "rejections dispute needs --comment TEXT: …".
    static Result<void> requireOption(const CommandParser &parser, const QString &option,
                                      const QString &what);
};

} // namespace baton::cli
