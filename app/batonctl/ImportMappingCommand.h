#pragma once

#include "Command.h"

namespace baton::cli {

/// `import mapping (--preset NAME | --events)`: a column mapping as JSON on stdout, to edit for
/// an export of one's own and give to `import leads --mapping`.
class ImportMappingCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("mapping"); }
    QString summary() const override
    {
        return QStringLiteral("Write a preset's column mapping as JSON, to adapt and reuse with --mapping");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
