#pragma once

#include "Command.h"

namespace baton::cli {

/// `definition propose M S [--file F] --as USER`: the proposal that reconciles both drafts.
class DefinitionProposeCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("propose"); }
    QString summary() const override
    {
        return QStringLiteral("Reconcile marketing's and sales' drafts into a proposal to sign");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
