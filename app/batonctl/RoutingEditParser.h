#pragma once

#include "RoutingEdit.h"
#include "common/Result.h"

namespace baton::cli {

class CommandParser;

/// How the values of `team set`'s options (RoutingEditOptions) become a RoutingEdit. Every
/// failure is a sentence naming the option, for a usage error.
class RoutingEditParser {
public:
    static Result<RoutingEdit> read(const CommandParser &parser);

private:
    static Result<RoutingEdit::TeamChange> team(const CommandParser &parser);
    static Result<RoutingEdit::PoolChange> pool(const CommandParser &parser);
    static Result<RoutingEdit::PersonChange> person(const CommandParser &parser);
};

} // namespace baton::cli
