#pragma once

#include "Command.h"

namespace baton::cli {

/// `feedback suggestions --from DATE --to DATE [--json]`: the changes to the definition the
/// period's feedback points at, numbered for `feedback draft`.
class FeedbackSuggestionsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("suggestions"); }
    QString summary() const override
    {
        return QStringLiteral("Changes to the definition the feedback points at, numbered");
    }
    int run(CommandContext &context, const QStringList &args) override;

    /// How many suggestions are listed, and so how many `feedback draft` can choose from.
    static constexpr int limit = 5;
};

} // namespace baton::cli
