#include "card/EngagementHtml.h"

#include "card/CardHtml.h"
#include "format/AgeFormat.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace baton {
namespace {

/// The order groups are shown in: what says "buying" loudest first.
constexpr std::array groupOrder{EventType::DemoRequest,      EventType::WebinarQuestion,
                                EventType::ContentDownload,  EventType::WebinarAttended,
                                EventType::FormSubmit,       EventType::EventVisit,
                                EventType::WebinarRegistered};

QString when(const QDateTime &at, const QDateTime &now, const QString &campaign)
{
    QString text = AgeFormat::relative(at, now);
    if (!campaign.isEmpty())
        text += QStringLiteral(" · ") + campaign;
    return text;
}

} // namespace

QString EngagementHtml::render(const EngagementStory &story, const QDateTime &now)
{
    QString html = CardHtml::heading(tr("Engagement"));
    if (story.totalEvents() == 0)
        return html + CardHtml::muted(tr("No engagement recorded."));
    return html + summary(story, now) + moments(story, now) + pages(story, now);
}

QString EngagementHtml::summary(const EngagementStory &story, const QDateTime &now)
{
    QStringList parts;
    parts << (story.totalEvents() == 1 ? tr("1 touchpoint") : tr("%1 touchpoints").arg(story.totalEvents()));
    if (story.lastActivity().isValid())
        parts << tr("last active %1").arg(AgeFormat::relative(story.lastActivity(), now));
    if (story.emailOpens() > 0)
        parts << (story.emailOpens() == 1 ? tr("1 email open")
                                          : tr("%1 email opens").arg(story.emailOpens()));
    if (story.emailClicks() > 0)
        parts << (story.emailClicks() == 1 ? tr("1 email click")
                                           : tr("%1 email clicks").arg(story.emailClicks()));
    return QStringLiteral("<p style=\"margin-top:0px;\">%1</p>")
        .arg(CardHtml::muted(parts.join(QStringLiteral("  ·  "))));
}

QString EngagementHtml::moments(const EngagementStory &story, const QDateTime &now)
{
    QString html;
    auto showGroup = [&](EventType type) {
        QString items;
        for (const EngagementStory::Moment &moment : story.moments()) {
            if (moment.type != type)
                continue;
            const QString caption = when(moment.at, now, moment.campaign);
            if (type == EventType::WebinarQuestion) {
                items += CardHtml::quote(moment.detail, caption);
            } else {
                items += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                             .arg(CardHtml::escaped(moment.detail), CardHtml::muted(caption));
            }
        }
        if (items.isEmpty())
            return;
        html += QStringLiteral("<h4>%1</h4>").arg(CardHtml::escaped(groupTitle(type)));
        html += type == EventType::WebinarQuestion
                    ? items
                    : QStringLiteral("<table class=\"list\" cellspacing=\"0\">%1</table>").arg(items);
    };
    for (EventType type : groupOrder)
        showGroup(type);
    for (EventType type : allEventTypes) { // anything else a newer core may tell
        if (std::find(groupOrder.begin(), groupOrder.end(), type) == groupOrder.end() &&
            type != EventType::PageView && type != EventType::EmailOpen && type != EventType::EmailClick)
            showGroup(type);
    }
    return html;
}

QString EngagementHtml::pages(const EngagementStory &story, const QDateTime &now)
{
    const auto &visited = story.pages();
    if (visited.empty())
        return {};
    QString rows;
    const int shown = std::min<int>(maxPages, static_cast<int>(visited.size()));
    for (int i = 0; i < shown; ++i) {
        const auto &page = visited[static_cast<size_t>(i)];
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(CardHtml::escaped(page.url),
                         CardHtml::muted(
                             (page.count == 1 ? tr("1 visit, %1") : tr("%1 visits, last %2").arg(page.count))
                                 .arg(AgeFormat::relative(page.last, now))));
    }
    QString html = QStringLiteral("<h4>%1</h4><table class=\"list\" cellspacing=\"0\">%2</table>")
                       .arg(CardHtml::escaped(tr("Pages visited")), rows);
    if (static_cast<int>(visited.size()) > shown) {
        html +=
            QStringLiteral("<p style=\"margin-top:2px;\">%1</p>")
                .arg(CardHtml::muted(tr("and %1 more pages").arg(static_cast<int>(visited.size()) - shown)));
    }
    return html;
}

QString EngagementHtml::groupTitle(EventType type)
{
    switch (type) {
    case EventType::DemoRequest:
        return tr("Demo requests");
    case EventType::WebinarQuestion:
        return tr("Questions asked on webinars");
    case EventType::ContentDownload:
        return tr("Downloads");
    case EventType::WebinarAttended:
        return tr("Webinars attended");
    case EventType::FormSubmit:
        return tr("Forms submitted");
    case EventType::EventVisit:
        return tr("Met at events");
    case EventType::WebinarRegistered:
        return tr("Webinar registrations");
    default:
        return eventTypeLabel(type);
    }
}

} // namespace baton
