#pragma once

#include "meeting/ActionItem.h"
#include "meeting/ReviewDecision.h"

#include <QString>
#include <QTextStream>

#include <vector>

namespace baton::cli {

class UserDirectory;

/// The joint review's decisions and action items as `review …` prints them for people.
class MeetingText {
public:
    /// "handed_over, accepted, …": the metric keys, for help and messages.
    static QString metricNames();
    /// A table: id, week raised, due, status, owner, metric, title; carried-over items marked.
    static void writeItems(QTextStream &out, const std::vector<ActionItem> &items,
                           const UserDirectory &users);
    /// A table: id, when (UTC), who, metric, definition, text.
    static void writeDecisions(QTextStream &out, const std::vector<ReviewDecision> &decisions,
                               const UserDirectory &users);
};

} // namespace baton::cli
