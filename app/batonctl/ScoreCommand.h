#pragma once

#include "Command.h"

namespace baton::cli {

/// `score [--all] [--as USER] [--json]`: applies the effective definition to the leads marketing
/// holds, handing over those that meet the MQL rule.
class ScoreCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("score"); }
    QString summary() const override
    {
        return QStringLiteral("Re-evaluate nurture leads against the effective definition");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
