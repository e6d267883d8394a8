#pragma once

#include <QCoreApplication>
#include <QString>

namespace baton {

/// Money as people read it. The team's currency is US dollars, as in the demo data.
class MoneyFormat {
    Q_DECLARE_TR_FUNCTIONS(MoneyFormat)

public:
    static QString currencySymbol() { return QStringLiteral("$"); }
    /// 4500000 cents -> "$45,000.00".
    static QString fromCents(qint64 cents);
    /// 12500000 -> "$12.5M", 850000 -> "$850K": for revenue figures.
    static QString compact(qint64 units);
};

} // namespace baton
