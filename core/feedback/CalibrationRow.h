#pragma once

#include <QString>

namespace baton {

/// The handoffs of a period that share one value (a score band, a campaign, a rule that gave
/// points): how many were handed over, what sales made of them, and the most frequent reason
/// for turning them down.
struct CalibrationRow {
    QString key;
    QString label;
    int handedOver = 0;
    int accepted = 0;     ///< reached sal
    int rejected = 0;     ///< turned down from mql
    int recycled = 0;     ///< sent back from mql before acceptance
    int disqualified = 0; ///< accepted, then disqualified
    int converted = 0;    ///< reached sql
    QString topReason;    ///< the reason code given most for rejecting or disqualifying them
    int topReasonCount = 0;

    /// accepted / (accepted + rejected + recycled before acceptance): of those sales decided on.
    double acceptanceRate() const
    {
        const int decided = accepted + rejected + recycled;
        return decided == 0 ? 0.0 : static_cast<double>(accepted) / decided;
    }
    /// converted / handed over.
    double conversionRate() const
    {
        return handedOver == 0 ? 0.0 : static_cast<double>(converted) / handedOver;
    }
    int decided() const { return accepted + rejected + recycled; }
};

} // namespace baton
