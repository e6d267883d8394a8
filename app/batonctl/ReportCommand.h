#pragma once

#include "Command.h"

namespace baton::cli {

/// `report --from DATE --to DATE [--by campaign|segment|owner|week] [filters] [--json|--csv]`:
/// the joint review's metrics for a period against the one before it, by week, or per
/// campaign, segment or owner.
class ReportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QStringLiteral("The joint review's metrics for a period, by week, campaign, segment or owner");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
