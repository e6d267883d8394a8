#pragma once

#include "Command.h"

namespace baton::cli {

/// `export queue [--owner USER] [--stage mql|sal|sql] [--campaign ID] [--search TEXT] --csv FILE|-`:
/// a queue as the desktop lists it, as CSV.
class ExportQueueCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("queue"); }
    QString summary() const override { return QStringLiteral("Write a queue or list as CSV"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
