#pragma once

#include "meeting/ActionItem.h"
#include "meeting/AgendaItem.h"
#include "metrics/ReviewMetrics.h"

#include <QDate>
#include <QString>

#include <vector>

namespace baton {

/// The joint review's agenda for a week, built from the week's numbers and its action items by
/// the rules in the "Agenda" section of docs/metrics.md: the missed targets first (furthest short
/// first), then the largest changes against the week before (at most `maxChanges`, largest first,
/// worsenings before improvements of the same size), then the action items carried over from
/// earlier weeks (soonest due first). The app and batonctl both build it here.
class ReviewAgenda {
public:
    static constexpr int maxChanges = 6;

    /// `week` is the Monday of the review's week; `items` are that week's action items as
    /// ReviewMeetingService::actionItems() gives them (only those carried over are on the agenda).
    static std::vector<AgendaItem> build(const QDate &week, const ReviewMetrics &review,
                                         const std::vector<ActionItem> &items, int changes = maxChanges);

    /// The metrics whose change may be on the agenda, in the order they are told at equal size.
    static const std::vector<MetricKey> &changeMetrics();
    /// How large a change is, scale-free: points / 100 for a rate, else |now − before| / before
    /// (1 when it rose from 0). Signed: positive when the number rose.
    static double changeSize(MetricKey key, double now, double before);

    static QString kindName(AgendaItem::Kind kind); ///< "missed_target", "change", "carried_over_action"
};

} // namespace baton
