#pragma once

#include "domain/EngagementEvent.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <vector>

namespace baton {

/// A lead's engagement grouped so its story reads at a glance: the page they came
/// back to three times, the asset they downloaded, the question they asked.
class EngagementStory {
public:
    struct PageVisits {
        QString url;
        int count = 0;
        QDateTime first;
        QDateTime last;
    };
    struct Moment { ///< one dated event with its detail (download, question, form, demo request…)
        EventType type = EventType::PageView;
        QDateTime at;
        QString detail;
        QString campaign;
    };

    /// Groups events (any order); campaignName maps campaign ids to names for display.
    static EngagementStory fromEvents(const std::vector<EngagementEvent> &events,
                                      const std::function<QString(qint64)> &campaignName = {});

    /// Pages by visit count, most visited first, then most recent.
    const std::vector<PageVisits> &pages() const { return m_pages; }
    /// Downloads, webinars, questions, forms, demo requests, event visits: newest first.
    const std::vector<Moment> &moments() const { return m_moments; }
    int emailOpens() const { return m_emailOpens; }
    int emailClicks() const { return m_emailClicks; }
    int totalEvents() const { return m_total; }
    QDateTime lastActivity() const { return m_last; }

private:
    std::vector<PageVisits> m_pages;
    std::vector<Moment> m_moments;
    int m_emailOpens = 0;
    int m_emailClicks = 0;
    int m_total = 0;
    QDateTime m_last;
};

} // namespace baton
