#pragma once

#include "Command.h"

namespace baton::cli {

/// `rejections show ID [--json]`: one review of a rejection, and the lead's thread.
class RejectionShowCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override
    {
        return QStringLiteral("Show a rejection's review: reason, note, campaign, score, status, thread");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
