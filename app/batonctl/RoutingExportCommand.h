#pragma once

#include "Command.h"

namespace baton::cli {

/// `routing export`: the stored routing configuration as JSON on stdout.
class RoutingExportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return QStringLiteral("Write the routing configuration as JSON"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
