#include "domain/EventType.h"

namespace baton {

QString eventTypeName(EventType type)
{
    switch (type) {
    case EventType::PageView:
        return QStringLiteral("page_view");
    case EventType::ContentDownload:
        return QStringLiteral("content_download");
    case EventType::WebinarRegistered:
        return QStringLiteral("webinar_registered");
    case EventType::WebinarAttended:
        return QStringLiteral("webinar_attended");
    case EventType::WebinarQuestion:
        return QStringLiteral("webinar_question");
    case EventType::FormSubmit:
        return QStringLiteral("form_submit");
    case EventType::DemoRequest:
        return QStringLiteral("demo_request");
    case EventType::EmailOpen:
        return QStringLiteral("email_open");
    case EventType::EmailClick:
        return QStringLiteral("email_click");
    case EventType::EventVisit:
        return QStringLiteral("event_visit");
    }
    return {};
}

QString eventTypeLabel(EventType type)
{
    switch (type) {
    case EventType::PageView:
        return QStringLiteral("Page view");
    case EventType::ContentDownload:
        return QStringLiteral("Download");
    case EventType::WebinarRegistered:
        return QStringLiteral("Webinar registration");
    case EventType::WebinarAttended:
        return QStringLiteral("Webinar attended");
    case EventType::WebinarQuestion:
        return QStringLiteral("Webinar question");
    case EventType::FormSubmit:
        return QStringLiteral("Form submitted");
    case EventType::DemoRequest:
        return QStringLiteral("Demo request");
    case EventType::EmailOpen:
        return QStringLiteral("Email opened");
    case EventType::EmailClick:
        return QStringLiteral("Email click");
    case EventType::EventVisit:
        return QStringLiteral("Met at an event");
    }
    return {};
}

std::optional<EventType> eventTypeFromName(QStringView name)
{
    for (EventType type : allEventTypes) {
        if (name.compare(eventTypeName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

std::optional<EventType> eventTypeFromUtf8(std::string_view name)
{
    // In the order of allEventTypes; as eventTypeName spells them.
    static constexpr std::array<std::string_view, allEventTypes.size()> names{
        "page_view",   "content_download", "webinar_registered", "webinar_attended", "webinar_question",
        "form_submit", "demo_request",     "email_open",         "email_click",      "event_visit"};
    for (size_t i = 0; i < names.size(); ++i) {
        if (names[i].size() == name.size() && names[i] == name)
            return allEventTypes[i];
    }
    return eventTypeFromName(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
}

} // namespace baton
