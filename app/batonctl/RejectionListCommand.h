#pragma once

#include "Command.h"

namespace baton::cli {

/// `rejections list [--from DATE] [--to DATE] [filters] [--json|--csv]`: marketing's inbox of
/// rejections and disqualifications, newest first.
class RejectionListCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override
    {
        return QStringLiteral("List rejections and disqualifications to review, newest first");
    }
    int run(CommandContext &context, const QStringList &args) override;

    /// Without --from and --to: this many days up to now.
    static constexpr int defaultDays = 28;
};

} // namespace baton::cli
