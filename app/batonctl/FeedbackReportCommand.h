#pragma once

#include "Command.h"

namespace baton::cli {

/// `feedback report --from DATE --to DATE [--by DIMENSION] [--json|--csv]`: rejections by reason
/// or owner against the weeks before, or what sales made of the handoffs by campaign, source,
/// score band or rule.
class FeedbackReportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QStringLiteral("Rejections by reason or owner; acceptance and conversion by campaign, source, "
                              "band or rule");
    }
    int run(CommandContext &context, const QStringList &args) override;

    /// The weeks before the period that the rejections are compared with.
    static constexpr int earlierWeeks = 4;
};

} // namespace baton::cli
