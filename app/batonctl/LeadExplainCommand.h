#pragma once

#include "Command.h"

namespace baton::cli {

/// `lead explain ID [--json]`: every point of a lead's score, the MQL rule and its context package.
class LeadExplainCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("explain"); }
    QString summary() const override { return QStringLiteral("Explain every point of a lead's score"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
