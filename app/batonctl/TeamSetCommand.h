#pragma once

#include "Command.h"

namespace baton::cli {

/// `team set … --as USER`: changes part of the routing setup (a team's calendar and escalation,
/// a pool, a person's availability, the fallback pool) and stores it as a new version.
class TeamSetCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("set"); }
    QString summary() const override
    {
        return QStringLiteral("Change a team's calendar, a pool, someone's availability (managers)");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
