#include "routing/RoutingCondition.h"

namespace baton {

QString RoutingCondition::sizeBandOf(qint64 employees)
{
    if (employees <= 0)
        return {};
    if (employees < 50)
        return QStringLiteral("small");
    if (employees < 250)
        return QStringLiteral("medium");
    if (employees < 1000)
        return QStringLiteral("large");
    return QStringLiteral("enterprise");
}

QString RoutingCondition::segmentOf(qint64 annualRevenue)
{
    if (annualRevenue <= 0)
        return {};
    if (annualRevenue < 10'000'000)
        return QStringLiteral("smb");
    if (annualRevenue < 1'000'000'000)
        return QStringLiteral("mid_market");
    return QStringLiteral("enterprise");
}

const QStringList &RoutingCondition::allSizeBands()
{
    static const QStringList bands{QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large"),
                                   QStringLiteral("enterprise")};
    return bands;
}

const QStringList &RoutingCondition::allSegments()
{
    static const QStringList all{QStringLiteral("smb"), QStringLiteral("mid_market"),
                                 QStringLiteral("enterprise")};
    return all;
}

} // namespace baton
