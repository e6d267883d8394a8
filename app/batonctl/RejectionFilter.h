#pragma once

#include "common/Result.h"
#include "storage/ReviewQuery.h"

namespace baton {
class Database;
}

namespace baton::cli {

class CommandParser;
class ReportPeriod;

/// The options that narrow `rejections list` to one status, stage, reason, campaign, source,
/// score band or owner, turned into the core's ReviewQuery.
class RejectionFilter {
public:
    static constexpr int defaultLimit = 50;

    static void addOptions(CommandParser &parser);
    /// Every option but --owner, which needs the file; a failure is a usage error.
    static Result<ReviewQuery> parse(const CommandParser &parser, const ReportPeriod &period);
    /// Looks up --owner in the file; an unknown user fails (exit 1).
    static Result<void> resolveOwner(ReviewQuery &query, Database &db, const CommandParser &parser);
};

} // namespace baton::cli
