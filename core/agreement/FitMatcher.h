#pragma once

#include "agreement/FitRule.h"
#include "domain/Lead.h"

#include <QString>

namespace baton {

/// A fit rule compiled for fast matching; explains itself on request.
class FitMatcher {
public:
    explicit FitMatcher(const FitRule &rule);

    bool matches(const Lead &lead) const;
    /// "industry Software is in Software, Fintech" or "employees 40 is not in 200–4999".
    QString why(const Lead &lead) const;
    const FitRule &rule() const { return m_rule; }

private:
    QStringView text(const Lead &lead) const;
    qint64 number(const Lead &lead) const;
    bool inList(QStringView value) const;
    const QString *firstKeywordIn(QStringView value) const;
    QString rangeText() const;

    FitRule m_rule;
    QStringList m_folded; ///< the values, case-folded once
    qint64 m_min;
    qint64 m_max;
};

} // namespace baton
