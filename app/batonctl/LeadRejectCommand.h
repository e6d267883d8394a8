#pragma once

#include "LeadActionCommand.h"

namespace baton::cli {

/// `lead reject ID --reason CODE [--note TEXT] --as USER`: sales refuses an MQL.
class LeadRejectCommand final : public LeadActionCommand {
public:
    QString name() const override { return QStringLiteral("reject"); }
    QString summary() const override
    {
        return QStringLiteral("Reject an MQL, with a reason (mql -> rejected)");
    }

protected:
    QString synopsis() const override { return QStringLiteral("ID --reason CODE [--note TEXT] --as USER"); }
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    int perform(Request &request) override;
};

} // namespace baton::cli
