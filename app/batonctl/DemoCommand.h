#pragma once

#include "Command.h"

namespace baton::cli {

/// `demo [--leads N] [--seed S]`: fills a new or empty file with a deterministic demo data set.
class DemoCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return QStringLiteral("Fill a new or empty file with realistic demo data");
    }
    int run(CommandContext &context, const QStringList &args) override;

    static constexpr qint64 defaultLeads = 5000;
    static constexpr qint64 maxLeads = 10'000'000;
};

} // namespace baton::cli
