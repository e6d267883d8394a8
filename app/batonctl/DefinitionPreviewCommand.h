#pragma once

#include "Command.h"

namespace baton::cli {

/// `definition preview N [--weeks W] [--json]`: what version N would have done over the last weeks.
class DefinitionPreviewCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("preview"); }
    QString summary() const override
    {
        return QStringLiteral("What a draft would have done over the last weeks");
    }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
