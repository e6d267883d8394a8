#pragma once

#include "Command.h"

namespace baton::cli {

/// `route explain ID [--json]`: a lead's routing decisions, its response clock and escalation.
class RouteExplainCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("explain"); }
    QString summary() const override
    {
        return QStringLiteral("Explain a lead's routing, its response clock and escalation");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
