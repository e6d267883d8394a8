#pragma once

#include "Command.h"

namespace baton::cli {

/// `lead reasons [--stage STAGE] [--json]`: the reason taxonomy of the file.
class LeadReasonsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("reasons"); }
    QString summary() const override
    {
        return QStringLiteral("List the reason codes for reject, disqualify and recycle");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
