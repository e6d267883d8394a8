#pragma once

#include "RejectionActionCommand.h"

namespace baton::cli {

/// `rejections recycle ID --reason CODE --revisit DATE [--note TEXT] --as USER`: marketing takes
/// the lead back to nurture.
class RejectionRecycleCommand final : public RejectionActionCommand {
public:
    QString name() const override { return QStringLiteral("recycle"); }
    QString summary() const override
    {
        return QStringLiteral("Take a rejected lead back to nurture, with a revisit date (-> recycled)");
    }

protected:
    QString synopsis() const override
    {
        return QStringLiteral("ID --reason CODE --revisit DATE [--note TEXT] --as USER [--version N]");
    }
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    Result<void> checkOptions(const CommandParser &parser) const override;
    int perform(Request &request) override;
};

} // namespace baton::cli
