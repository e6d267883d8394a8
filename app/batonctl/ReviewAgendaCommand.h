#pragma once

#include "Command.h"

namespace baton::cli {

/// `review agenda [--week DATE] [--campaign ID] [--segment S] [--owner USER] [--team TEAM]
/// [--zone ZONE] [--json]`: the joint review's agenda for a week, as the Review page's meeting mode
/// shows it.
class ReviewAgendaCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("agenda"); }
    QString summary() const override
    {
        return QStringLiteral("The week's agenda: missed targets, largest changes, carried-over items");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
