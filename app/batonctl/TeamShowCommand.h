#pragma once

#include "Command.h"

namespace baton::cli {

/// `team show [--json]`: the whole routing setup in readable form.
class TeamShowCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override
    {
        return QStringLiteral("Show teams' calendars, pools, availability, rules and accounts");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
