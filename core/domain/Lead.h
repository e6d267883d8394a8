#pragma once

#include "domain/Company.h"
#include "domain/Person.h"
#include "domain/Stage.h"

#include <QDate>
#include <QDateTime>

#include <optional>

namespace baton {

struct Lead {
    qint64 id = 0;
    Person person;
    Company company;
    std::optional<qint64> campaignId; ///< the source campaign
    QDateTime createdAt;
    Stage stage = Stage::Nurture;
    std::optional<qint64> ownerId;
    std::optional<QDateTime> handoffAt; ///< when it became an MQL
    std::optional<QDate> revisitOn;     ///< for recycled leads
    qint64 version = 1;                 ///< bumped on every change, for optimistic concurrency
};

} // namespace baton
