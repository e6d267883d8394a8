#pragma once

#include "Command.h"

namespace baton::cli {

/// `check [--json]`: integrity and schema version of a file, without writing to it.
class CheckCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return QStringLiteral("Check a file's integrity and schema version"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
