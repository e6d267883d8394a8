#pragma once

#include "Command.h"

namespace baton::cli {

/// `init`: creates a new, empty Baton file (or confirms an existing one).
class InitCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return QStringLiteral("Create a new, empty Baton file"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
