#pragma once

#include "Command.h"

namespace baton::cli {

/// `lead list [--owner USER] [--stage STAGE] [--limit N] [--json]`: leads, newest first.
class LeadListCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return QStringLiteral("List leads, newest first"); }
    int run(CommandContext &context, const QStringList &args) override;

    static constexpr int defaultLimit = 50;
};

} // namespace baton::cli
