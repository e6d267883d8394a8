#pragma once

#include "Command.h"

namespace baton::cli {

/// `routing import FILE --as USER`: replaces the routing configuration with a file's.
class RoutingImportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return QStringLiteral("Replace the routing configuration with a file");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
