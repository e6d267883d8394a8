#pragma once

#include "LeadActionCommand.h"

namespace baton::cli {

/// `lead accept ID --as USER`: sales accepts an MQL (mql -> sal).
class LeadAcceptCommand final : public LeadActionCommand {
public:
    QString name() const override { return QStringLiteral("accept"); }
    QString summary() const override { return QStringLiteral("Accept an MQL (mql -> sal)"); }

protected:
    QString synopsis() const override { return QStringLiteral("ID --as USER"); }
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    int perform(Request &request) override;
};

} // namespace baton::cli
