#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

/// The qualified opportunity a lead became (stage sql).
struct Opportunity {
    qint64 leadId = 0;
    qint64 valueCents = 0; ///< value in minor units of the team's currency
    QString note;
    QDateTime createdAt;
    std::optional<qint64> createdBy;
};

} // namespace baton
