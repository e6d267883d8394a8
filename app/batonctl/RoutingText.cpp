#include "RoutingText.h"

#include <QStringList>

namespace baton::cli {
namespace {

QString anyOf(const QStringList &values)
{
    if (values.size() <= 1)
        return values.value(0);
    return QStringList(values.mid(0, values.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" or ") +
           values.last();
}

} // namespace

QString RoutingText::condition(const RoutingCondition &when)
{
    QStringList parts;
    const auto add = [&parts](const char *what, const QStringList &values) {
        if (!values.isEmpty())
            parts << QStringLiteral("%1 %2").arg(QLatin1String(what), anyOf(values));
    };
    add("country", when.countries);
    add("region", when.regions);
    add("industry", when.industries);
    add("size", when.sizeBands);
    add("segment", when.segments);
    add("campaign", when.campaigns);
    add("tier", when.tiers);
    if (when.minScore && when.maxScore)
        parts << QStringLiteral("score %1 to %2").arg(*when.minScore).arg(*when.maxScore);
    else if (when.minScore)
        parts << QStringLiteral("score %1 or more").arg(*when.minScore);
    else if (when.maxScore)
        parts << QStringLiteral("score %1 or less").arg(*when.maxScore);
    return parts.isEmpty() ? QStringLiteral("every lead") : parts.join(QStringLiteral("; "));
}

QString RoutingText::action(const RoutingAction &action)
{
    switch (action.kind) {
    case RoutingAction::Kind::Person:
        return QStringLiteral("to %1").arg(action.target);
    case RoutingAction::Kind::Pool:
        return QStringLiteral("to pool %1").arg(quoted(action.target));
    case RoutingAction::Kind::AccountOwner:
        return QStringLiteral("to the account's owner");
    }
    return {};
}

QString RoutingText::rule(const QString &ruleName, int rulePosition)
{
    if (rulePosition > 0)
        return QStringLiteral("%1, position %2").arg(quoted(ruleName)).arg(rulePosition);
    if (ruleName == QLatin1String("fallback"))
        return QStringLiteral("the fallback pool");
    if (!ruleName.isEmpty())
        return QStringLiteral("pool %1").arg(quoted(ruleName));
    return QStringLiteral("none");
}

QString RoutingText::quoted(const QString &name)
{
    return QChar(0x201C) + name + QChar(0x201D);
}

} // namespace baton::cli
