#pragma once

#include "LeadActionCommand.h"

namespace baton::cli {

/// `lead outcome ID won|lost [--reason TEXT] --as USER`: how a qualified opportunity ended.
class LeadOutcomeCommand final : public LeadActionCommand {
public:
    QString name() const override { return QStringLiteral("outcome"); }
    QString summary() const override
    {
        return QStringLiteral("Record that an opportunity was won or lost (sql), once");
    }

protected:
    QString synopsis() const override { return QStringLiteral("ID won|lost [--reason TEXT] --as USER"); }
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    Result<void> checkOptions(const CommandParser &parser) const override;
    int perform(Request &request) override;
};

} // namespace baton::cli
