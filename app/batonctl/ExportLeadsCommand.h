#pragma once

#include "Command.h"

namespace baton::cli {

/// `export leads [--stage STAGE] [--owner USER] --json FILE|-`: leads with their whole history as
/// a JSON array, written a lead at a time.
class ExportLeadsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("leads"); }
    QString summary() const override { return QStringLiteral("Write leads with their history as JSON"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
