#pragma once

#include "common/Result.h"
#include "metrics/ReviewFilter.h"

namespace baton {
class Database;
} // namespace baton

namespace baton::cli {

class CommandParser;

/// --campaign ID, --segment S, --owner USER and --team TEAM: what the joint review's commands
/// narrow the handoffs to (see ReviewFilter).
class ReviewFilterOptions {
public:
    /// Adds the options; --segment only `withSegment` (the Review page has no segment filter).
    static void add(CommandParser &parser, bool withSegment);
    /// The filter the options ask for; an unknown campaign id, segment or owner is an error.
    static Result<ReviewFilter> read(const CommandParser &parser, Database &db);
};

} // namespace baton::cli
