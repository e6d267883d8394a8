#pragma once

#include "LeadActionCommand.h"

namespace baton::cli {

/// `lead reroute ID --as MANAGER`: a manager runs the routing rules on an open lead again.
class LeadRerouteCommand final : public LeadActionCommand {
public:
    QString name() const override { return QStringLiteral("reroute"); }
    QString summary() const override
    {
        return QStringLiteral("Run the routing rules on an open lead again (managers)");
    }

protected:
    QString synopsis() const override { return QStringLiteral("ID --as MANAGER"); }
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    int perform(Request &request) override;
};

} // namespace baton::cli
