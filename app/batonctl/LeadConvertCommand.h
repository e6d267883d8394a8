#pragma once

#include "LeadActionCommand.h"

namespace baton::cli {

/// `lead convert ID --value V [--note TEXT] --as USER`: an accepted lead becomes a qualified
/// opportunity.
class LeadConvertCommand final : public LeadActionCommand {
public:
    QString name() const override { return QStringLiteral("convert"); }
    QString summary() const override
    {
        return QStringLiteral("Convert an accepted lead into an opportunity (sal -> sql)");
    }

protected:
    QString synopsis() const override { return QStringLiteral("ID --value AMOUNT [--note TEXT] --as USER"); }
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    Result<void> checkOptions(const CommandParser &parser) const override;
    int perform(Request &request) override;
};

} // namespace baton::cli
