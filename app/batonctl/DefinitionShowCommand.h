#pragma once

#include "Command.h"

namespace baton::cli {

/// `definition show N [--json]`: one version (0 = the built-in defaults).
class DefinitionShowCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return QStringLiteral("Show one version of the lead definition"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
