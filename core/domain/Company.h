#pragma once

#include <QString>

namespace baton {

/// Firmographics of the lead's company.
struct Company {
    QString name;
    QString domain;
    QString industry;
    qint64 employees = 0;
    qint64 annualRevenue = 0; ///< in whole currency units (USD)
    QString country;          ///< ISO 3166 alpha-2
    QString region;           ///< NA, EMEA, APAC, LATAM
};

} // namespace baton
