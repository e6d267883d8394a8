#include "domain/EngagementStory.h"

#include <algorithm>
#include <unordered_map>

namespace baton {

EngagementStory EngagementStory::fromEvents(const std::vector<EngagementEvent> &events,
                                            const std::function<QString(qint64)> &campaignName)
{
    EngagementStory story;
    std::unordered_map<QString, size_t> pageIndex;
    for (const EngagementEvent &event : events) {
        ++story.m_total;
        if (!story.m_last.isValid() || event.occurredAt > story.m_last)
            story.m_last = event.occurredAt;
        switch (event.type) {
        case EventType::PageView: {
            auto [it, inserted] = pageIndex.try_emplace(event.detail, story.m_pages.size());
            if (inserted)
                story.m_pages.push_back(PageVisits{event.detail, 0, event.occurredAt, event.occurredAt});
            PageVisits &page = story.m_pages[it->second];
            ++page.count;
            page.first = std::min(page.first, event.occurredAt);
            page.last = std::max(page.last, event.occurredAt);
            break;
        }
        case EventType::EmailOpen:
            ++story.m_emailOpens;
            break;
        case EventType::EmailClick:
            ++story.m_emailClicks;
            break;
        default: {
            QString campaign;
            if (event.campaignId && campaignName)
                campaign = campaignName(*event.campaignId);
            story.m_moments.push_back(Moment{event.type, event.occurredAt, event.detail, campaign});
            break;
        }
        }
    }
    std::sort(story.m_pages.begin(), story.m_pages.end(), [](const PageVisits &a, const PageVisits &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.last > b.last;
    });
    std::stable_sort(story.m_moments.begin(), story.m_moments.end(),
                     [](const Moment &a, const Moment &b) { return a.at > b.at; });
    return story;
}

} // namespace baton
