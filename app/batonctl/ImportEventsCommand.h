#pragma once

#include "Command.h"

namespace baton::cli {

/// `import events FILE [--mapping FILE] [--dry-run] [--json]`: engagement events from CSV
/// (email, type, time, detail, campaign); leads that now qualify are handed over and routed.
class ImportEventsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("events"); }
    QString summary() const override
    {
        return QStringLiteral("Import engagement events from CSV (email, type, time, detail, campaign)");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
