#pragma once

#include "domain/EventType.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

struct EngagementEvent {
    qint64 id = 0;
    qint64 leadId = 0;
    EventType type = EventType::PageView;
    QDateTime occurredAt;
    QString detail; ///< URL, asset title, webinar question text, form name, …
    std::optional<qint64> campaignId;
};

} // namespace baton
