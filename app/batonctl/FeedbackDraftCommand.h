#pragma once

#include "Command.h"

namespace baton::cli {

/// `feedback draft --from DATE --to DATE --suggestion N --as USER`: a draft of the definition
/// with a suggestion's change made, for the joint review to decide.
class FeedbackDraftCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("draft"); }
    QString summary() const override
    {
        return QStringLiteral("Make a suggestion a draft of the lead definition");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
