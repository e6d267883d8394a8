#pragma once

#include "domain/ActivityType.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

struct Activity {
    qint64 id = 0;
    qint64 leadId = 0;
    ActivityType type = ActivityType::Call;
    QString outcome;
    QDateTime occurredAt;
    std::optional<qint64> userId;
    QString userName; ///< filled when read, for display
    QString note;
};

} // namespace baton
