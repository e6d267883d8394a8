#pragma once

#include "Command.h"

namespace baton::cli {

/// `audit [--lead ID | --subject S [--id N]] [--user LOGIN | --system] [--action A] [--since T]
/// [--until T] [--limit N] [--json]`: the audit log, newest first.
class AuditCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override
    {
        return QStringLiteral("The audit log: who changed what, when, from where, before and after");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
