#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <string_view>

namespace baton {

enum class EventType {
    PageView,
    ContentDownload,
    WebinarRegistered,
    WebinarAttended,
    WebinarQuestion,
    FormSubmit,
    DemoRequest,
    EmailOpen,
    EmailClick,
    EventVisit, ///< met at a trade show or field event
};

inline constexpr std::array<EventType, 10> allEventTypes{
    EventType::PageView,        EventType::ContentDownload, EventType::WebinarRegistered,
    EventType::WebinarAttended, EventType::WebinarQuestion, EventType::FormSubmit,
    EventType::DemoRequest,     EventType::EmailOpen,       EventType::EmailClick,
    EventType::EventVisit};

QString eventTypeName(EventType type);  ///< "page_view", …
QString eventTypeLabel(EventType type); ///< "Page view", …
std::optional<EventType> eventTypeFromName(QStringView name);
/// The same for a stored name in UTF-8, quick for exact names (as Baton writes them).
std::optional<EventType> eventTypeFromUtf8(std::string_view name);

} // namespace baton
