#pragma once

#include "Command.h"

namespace baton::cli {

/// `definition diff A B`: rule by rule, what changes from A to B.
class DefinitionDiffCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override { return QStringLiteral("Show what changes between two versions"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
