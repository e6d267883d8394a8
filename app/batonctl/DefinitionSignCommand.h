#pragma once

#include "Command.h"

namespace baton::cli {

/// `definition sign N --as USER`: a manager's signature on a proposal.
class DefinitionSignCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("sign"); }
    QString summary() const override
    {
        return QStringLiteral("Sign a proposal as marketing or sales manager");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
