#pragma once

#include "Command.h"

namespace baton::cli {

/// `review action set ID --status STATUS [--version N] --as USER`: checked against the version read.
class ReviewActionSetCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("set"); }
    QString summary() const override
    {
        return QStringLiteral("Move an action item on (open, in_progress, done, dropped)");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
