#pragma once

#include "Command.h"

namespace baton::cli {

/// `import leads FILE (--preset hubspot|salesforce|marketo | --mapping FILE)
/// [--duplicates update|skip] [--dry-run] [--json]`: leads from a CSV export, scored, handed over
/// where they meet the definition, and routed; all of the file or none of it.
class ImportLeadsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("leads"); }
    QString summary() const override
    {
        return QStringLiteral("Import leads from a HubSpot, Salesforce or Marketo CSV export, or any CSV");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
