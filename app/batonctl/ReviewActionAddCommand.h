#pragma once

#include "Command.h"

namespace baton::cli {

/// `review action add --week DATE --title T --owner USER --due DATE [--metric KEY] [--decision ID] --as
/// USER`.
class ReviewActionAddCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override
    {
        return QStringLiteral("Raise an action item with an owner and a due date");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
