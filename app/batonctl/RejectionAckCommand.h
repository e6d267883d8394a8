#pragma once

#include "RejectionActionCommand.h"

namespace baton::cli {

/// `rejections ack ID [--note TEXT] --as USER`: marketing agrees that the reason stands.
class RejectionAckCommand final : public RejectionActionCommand {
public:
    QString name() const override { return QStringLiteral("ack"); }
    QString summary() const override
    {
        return QStringLiteral("Acknowledge a rejection: the reason stands (open -> acknowledged)");
    }

protected:
    QString synopsis() const override { return QStringLiteral("ID [--note TEXT] --as USER [--version N]"); }
    QString description() const override;
    void addOptions(CommandParser &parser) const override;
    int perform(Request &request) override;
};

} // namespace baton::cli
