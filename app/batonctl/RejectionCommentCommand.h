#pragma once

#include "Command.h"

namespace baton::cli {

/// `rejections comment LEAD_ID --text TEXT --as USER`: a comment on the lead's thread.
class RejectionCommentCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("comment"); }
    QString summary() const override
    {
        return QStringLiteral("Comment on a lead's thread, which both teams read");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
