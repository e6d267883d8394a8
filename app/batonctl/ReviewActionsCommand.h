#pragma once

#include "Command.h"

namespace baton::cli {

/// `review actions [--open] [--week DATE] [--zone ZONE] [--json]`: the action items of a week, with those
/// from earlier weeks still open, or every open one.
class ReviewActionsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("actions"); }
    QString summary() const override
    {
        return QStringLiteral("List a review week's action items, with those carried over");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
