#pragma once

#include "Command.h"
#include "RouteExplainCommand.h"

namespace baton::cli {

/// `route [--pending] [--limit N] [--json]`: routes the handed-over leads that wait for an owner.
/// `route explain ID` is its subcommand.
class RouteCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("route"); }
    QString summary() const override { return QStringLiteral("Route the leads that wait for an owner"); }
    QList<CommandSummary> summaries(const QString &prefix) const override;
    int run(CommandContext &context, const QStringList &args) override;

private:
    RouteExplainCommand m_explain;
};

} // namespace baton::cli
