#pragma once

#include "Command.h"

namespace baton::cli {

/// `user add LOGIN --name NAME --role ROLE [--team TEAM]`: someone who can work in the file.
class UserAddCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override { return QStringLiteral("Add a user who can own and work leads"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
