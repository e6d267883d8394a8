#pragma once

#include "Command.h"

namespace baton::cli {

/// `sla-check [--at TIME] [--json]`: takes the escalation steps that are due (warn, breach,
/// reassign), each once. Meant for cron.
class SlaCheckCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("sla-check"); }
    QString summary() const override
    {
        return QStringLiteral("Take the escalation steps that are due (for cron)");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
