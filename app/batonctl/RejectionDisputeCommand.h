#pragma once

#include "RejectionActionCommand.h"

namespace baton::cli {

/// `rejections dispute ID --comment TEXT --as USER`: marketing disagrees; the sales manager decides.
class RejectionDisputeCommand final : public RejectionActionCommand {
public:
    QString name() const override { return QStringLiteral("dispute"); }
    QString summary() const override
    {
        return QStringLiteral("Dispute a rejection, saying why (open|acknowledged -> disputed)");
    }

protected:
    QString synopsis() const override { return QStringLiteral("ID --comment TEXT --as USER [--version N]"); }
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    Result<void> checkOptions(const CommandParser &parser) const override;
    int perform(Request &request) override;
};

} // namespace baton::cli
