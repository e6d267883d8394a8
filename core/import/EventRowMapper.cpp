#include "import/EventRowMapper.h"

#include "import/CsvRecord.h"
#include "import/ImportValues.h"

#include <unordered_map>

namespace baton {
namespace {

using F = ImportField;

std::string folded(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == ' ' || c == '-')
            c = '_';
        else if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + ('a' - 'A'));
        out.push_back(c);
    }
    return out;
}

} // namespace

std::optional<EventType> EventRowMapper::type(std::string_view text)
{
    if (auto exact = eventTypeFromUtf8(text))
        return exact;
    static const auto table = [] {
        std::unordered_map<std::string, EventType> names;
        for (EventType t : allEventTypes) {
            names.emplace(folded(eventTypeName(t).toStdString()), t);
            names.emplace(folded(eventTypeLabel(t).toStdString()), t);
        }
        names.emplace("visit_web_page", EventType::PageView);
        names.emplace("web_page_visit", EventType::PageView);
        names.emplace("download", EventType::ContentDownload);
        names.emplace("fill_out_form", EventType::FormSubmit);
        names.emplace("form_fill", EventType::FormSubmit);
        names.emplace("open_email", EventType::EmailOpen);
        names.emplace("email_opened", EventType::EmailOpen);
        names.emplace("click_email", EventType::EmailClick);
        names.emplace("email_clicked", EventType::EmailClick);
        names.emplace("demo", EventType::DemoRequest);
        names.emplace("webinar_registration", EventType::WebinarRegistered);
        names.emplace("webinar_attendance", EventType::WebinarAttended);
        return names;
    }();
    const auto found = table.find(folded(ImportValues::trimmed(text)));
    if (found == table.end())
        return std::nullopt;
    return found->second;
}

bool EventRowMapper::map(const CsvRecord &record, MappedEvent &event,
                         std::vector<ImportRefusal> &refusals) const
{
    const size_t before = refusals.size();
    auto cell = [&](F field) -> std::string_view {
        const int index = m_columns.of(field);
        return index < 0 ? std::string_view()
                         : ImportValues::trimmed(record.field(static_cast<size_t>(index)));
    };
    auto refuse = [&](F field, std::string_view value, QString why) {
        refusals.push_back(ImportRefusal{
            record.line, m_columns.header(field),
            QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size())), std::move(why)});
    };
    if (record.count > static_cast<size_t>(m_columns.headers.size())) {
        refusals.push_back(
            ImportRefusal{record.line, QString(), QString(),
                          QStringLiteral("The row has %1 values but the header names %2 columns.")
                              .arg(record.count)
                              .arg(m_columns.headers.size())});
        return false;
    }
    const std::string_view email = cell(F::Email);
    if (!ImportValues::emailInto(email, event.email))
        refuse(F::Email, email,
               email.empty() ? QStringLiteral("An event needs the e-mail of its lead.")
                             : QStringLiteral("This is not an e-mail address."));
    const std::string_view typeCell = cell(F::EventType);
    if (auto known = type(typeCell)) {
        event.type = *known;
    } else {
        QStringList names;
        for (EventType t : allEventTypes)
            names << eventTypeName(t);
        refuse(F::EventType, typeCell,
               QStringLiteral("Not an event type; the types are %1.").arg(names.join(QStringLiteral(", "))));
    }
    const std::string_view time = cell(F::EventTime);
    const auto at = DateFormat::readAny(m_columns.dateFormats, time, m_columns.zone);
    if (!at) {
        refuse(F::EventTime, time,
               time.empty()
                   ? QStringLiteral("An event needs the time it happened.")
                   : QStringLiteral("This is not a time Baton reads (ISO 8601, or the mapping's formats)."));
    } else if (*at > m_now) {
        refuse(F::EventTime, time,
               QStringLiteral(
                   "The event is dated after now; engagement that has not happened cannot be scored."));
    } else {
        event.at = *at;
    }
    event.detail = cell(F::EventDetail);
    event.campaign = ImportValues::text(cell(F::Campaign));
    return refusals.size() == before;
}

} // namespace baton
