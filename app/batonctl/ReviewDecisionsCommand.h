#pragma once

#include "Command.h"

namespace baton::cli {

/// `review decisions [--week DATE] [--zone ZONE] [--json]`: what the joint review decided in a week.
class ReviewDecisionsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("decisions"); }
    QString summary() const override { return QStringLiteral("List the decisions of a review week"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
