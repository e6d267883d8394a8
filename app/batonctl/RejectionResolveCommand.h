#pragma once

#include "RejectionActionCommand.h"

namespace baton::cli {

/// `rejections resolve ID --uphold|--reopen --comment TEXT --as USER`: the sales manager decides a
/// dispute.
class RejectionResolveCommand final : public RejectionActionCommand {
public:
    QString name() const override { return QStringLiteral("resolve"); }
    QString summary() const override
    {
        return QStringLiteral("Decide a dispute: uphold the rejection or reopen the lead (disputed -> …)");
    }

protected:
    QString synopsis() const override
    {
        return QStringLiteral("ID --uphold|--reopen --comment TEXT --as USER [--version N]");
    }
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    Result<void> checkOptions(const CommandParser &parser) const override;
    int perform(Request &request) override;
};

} // namespace baton::cli
