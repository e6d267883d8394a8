#pragma once

#include "domain/EventType.h"

#include <QString>

#include <string>
#include <string_view>

namespace baton {

/// A row of an events file as Baton reads it. The e-mail and detail point into the row read
/// (valid until the next row).
struct MappedEvent {
    std::string email; ///< lower-case
    EventType type = EventType::PageView;
    qint64 at = 0; ///< unix seconds
    std::string_view detail;
    QString campaign;
};

} // namespace baton
