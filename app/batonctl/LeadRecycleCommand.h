#pragma once

#include "LeadActionCommand.h"

namespace baton::cli {

/// `lead recycle ID --reason CODE --revisit DATE [--note TEXT] --as USER`: back to marketing for
/// later.
class LeadRecycleCommand final : public LeadActionCommand {
public:
    QString name() const override { return QStringLiteral("recycle"); }
    QString summary() const override
    {
        return QStringLiteral("Send a lead back to marketing until a date, with a reason");
    }

protected:
    QString synopsis() const override
    {
        return QStringLiteral("ID --reason CODE --revisit DATE [--note TEXT] --as USER");
    }
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    Result<void> checkOptions(const CommandParser &parser) const override;
    int perform(Request &request) override;
};

} // namespace baton::cli
