#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace baton {

/// Who a lead goes to and why, in words a manager reads: the rule that matched and the fields
/// that made it match, who was next in turn, and who was skipped and why.
struct RoutingDecision {
    std::optional<qint64> assigneeId; ///< none: nobody could take it; it waits unassigned
    QString ruleName;                 ///< the rule that decided; "fallback" or empty
    int rulePosition = 0;             ///< 1-based; 0 for the fallback pool or none
    QString reason;                   ///< the whole explanation, one paragraph
    QStringList skipped;              ///< "Tom Berg: at capacity (40 of 40 new leads today)"
};

} // namespace baton
