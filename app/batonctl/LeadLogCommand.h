#pragma once

#include "LeadActionCommand.h"
#include "domain/ActivityType.h"

#include <utility>

namespace baton::cli {

/// `lead log ID --type TYPE --outcome OUTCOME [--note TEXT] --as USER`: records a contact attempt.
class LeadLogCommand final : public LeadActionCommand {
public:
    QString name() const override { return QStringLiteral("log"); }
    QString summary() const override
    {
        return QStringLiteral("Log a call, email, meeting… with its outcome");
    }

protected:
    QString synopsis() const override
    {
        return QStringLiteral("ID --type TYPE --outcome OUTCOME [--note TEXT] --as USER");
    }
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    Result<void> checkOptions(const CommandParser &parser) const override;
    int perform(Request &request) override;

private:
    /// The type and outcome given, checked against each other.
    static Result<std::pair<ActivityType, QString>> activity(const CommandParser &parser);
};

} // namespace baton::cli
