#pragma once

#include "Command.h"

namespace baton::cli {

/// `lead show ID [--json]`: the lead's context card.
class LeadShowCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return QStringLiteral("Show a lead's context card"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
