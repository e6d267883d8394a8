#pragma once

#include "Command.h"

namespace baton::cli {

/// `user list [--json]`: the people in the file, by name.
class UserListCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return QStringLiteral("List the users, by name"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
