#pragma once

#include "domain/ActivityType.h"

#include <QString>

namespace baton {

/// The call, email or meeting a person wants to log.
struct ActivityChoice {
    ActivityType type = ActivityType::Call;
    QString outcome;
    QString note;
};

} // namespace baton
