#pragma once

#include "Command.h"

namespace baton::cli {

/// `definition list`: every stored version, its state and time to agreement.
class DefinitionListCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return QStringLiteral("List every version of the lead definition"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
