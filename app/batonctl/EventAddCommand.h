#pragma once

#include "Command.h"

namespace baton::cli {

/// `event add ID --type TYPE [--detail TEXT] [--at TIME] [--campaign ID] [--json]`: one engagement
/// event arrives; a lead that now meets the MQL rule is handed over.
class EventAddCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override
    {
        return QStringLiteral("Record an engagement event (and hand the lead over if it now qualifies)");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
