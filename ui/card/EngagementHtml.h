#pragma once

#include "domain/EngagementStory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace baton {

/// The engagement section of the context card: the strongest signals first (demo requests,
/// the questions asked on a webinar), then downloads, webinars, forms and the pages visited.
class EngagementHtml {
    Q_DECLARE_TR_FUNCTIONS(EngagementHtml)

public:
    static constexpr int maxPages = 8;

    static QString render(const EngagementStory &story, const QDateTime &now);

private:
    static QString summary(const EngagementStory &story, const QDateTime &now);
    static QString moments(const EngagementStory &story, const QDateTime &now);
    static QString pages(const EngagementStory &story, const QDateTime &now);
    static QString groupTitle(EventType type);
};

} // namespace baton
