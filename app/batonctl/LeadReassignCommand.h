#pragma once

#include "LeadActionCommand.h"

namespace baton::cli {

/// `lead reassign ID --to USER --as MANAGER`: a manager gives an open lead to a named person.
class LeadReassignCommand final : public LeadActionCommand {
public:
    QString name() const override { return QStringLiteral("reassign"); }
    QString summary() const override
    {
        return QStringLiteral("Give an open lead to someone else (managers)");
    }

protected:
    QString synopsis() const override { return QStringLiteral("ID --to USER --as MANAGER"); }
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    Result<void> checkOptions(const CommandParser &parser) const override;
    int perform(Request &request) override;
};

} // namespace baton::cli
