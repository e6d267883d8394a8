#pragma once

#include "Command.h"

namespace baton::cli {

/// `definition export N`: the version's definition as JSON on stdout.
class DefinitionExportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return QStringLiteral("Write a version as a JSON definition file"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
