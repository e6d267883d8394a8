#pragma once

#include "Command.h"

namespace baton::cli {

/// `review decide --week DATE --text T [--metric KEY] [--definition N] --as USER`: a decision, next to the
/// metric that prompted it.
class ReviewDecideCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("decide"); }
    QString summary() const override { return QStringLiteral("Record a decision of the joint review"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
