#pragma once

#include "LeadActionCommand.h"

namespace baton::cli {

/// `lead handover ID [--to USER]`: marketing hands a lead to sales (nurture or recycled -> mql).
class LeadHandOverCommand final : public LeadActionCommand {
public:
    QString name() const override { return QStringLiteral("handover"); }
    QString summary() const override
    {
        return QStringLiteral("Hand a lead over to sales (nurture or recycled -> mql)");
    }

protected:
    QString synopsis() const override { return QStringLiteral("ID [--to USER]"); }
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    bool needsActor() const override { return false; }
    int perform(Request &request) override;
};

} // namespace baton::cli
