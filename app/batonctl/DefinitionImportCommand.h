#pragma once

#include "Command.h"

namespace baton::cli {

/// `definition import FILE --team marketing|sales --as USER`: a new draft.
class DefinitionImportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return QStringLiteral("Store a file as marketing's or sales' draft"); }
    int run(CommandContext &context, const QStringList &args) override;
};

} // namespace baton::cli
