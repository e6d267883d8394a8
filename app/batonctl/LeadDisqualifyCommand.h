#pragma once

#include "LeadActionCommand.h"

namespace baton::cli {

/// `lead disqualify ID --reason CODE [--note TEXT] --as USER`: an accepted lead is no opportunity.
class LeadDisqualifyCommand final : public LeadActionCommand {
public:
    QString name() const override { return QStringLiteral("disqualify"); }
    QString summary() const override
    {
        return QStringLiteral("Disqualify an accepted lead, with a reason (sal -> disqualified)");
    }

protected:
    QString synopsis() const override { return QStringLiteral("ID --reason CODE [--note TEXT] --as USER"); }
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    int perform(Request &request) override;
};

} // namespace baton::cli
