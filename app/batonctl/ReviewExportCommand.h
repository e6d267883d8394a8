#pragma once

#include "Command.h"

namespace baton::cli {

/// `review export --week DATE (--pdf FILE | --csv FILE) [--campaign ID] [--owner USER] [--team T]
/// [--zone ZONE]`: the joint review of a week as a PDF to send, or its metrics as CSV.
class ReviewExportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return QStringLiteral("Write a review week as PDF or its metrics as CSV");
    }
    int run(CommandContext &context, const QStringList &args) override;

    /// Whether `args` (batonctl's, program name first) run this command with --pdf: drawing the
    /// PDF's charts needs a QApplication, which main() then creates instead of a QCoreApplication.
    static bool needsWidgets(const QStringList &args);
};

} // namespace baton::cli
