#pragma once

#include "domain/Lead.h"
#include "sla/EscalationStep.h"
#include "sla/SlaClock.h"
#include "storage/RoutingRepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTextStream>

#include <optional>
#include <vector>

namespace baton::cli {

class UserDirectory;

/// Everything `route explain` shows about one lead: its routing decisions in order, the response
/// clock of its latest handoff and where it stands now, and the escalation steps taken.
struct RoutingExplanation {
    Lead lead;
    std::vector<RoutingRecord> decisions;
    std::optional<SlaClock> clock;
    std::vector<EscalationStep> steps;
    QDateTime at;              ///< "now", for the clock's state
    int warnBeforeMinutes = 5; ///< the owner's team's warning time

    void writeText(QTextStream &out, const UserDirectory &users) const;
    QJsonObject toJson(const UserDirectory &users) const;

private:
    void writeDecisions(QTextStream &out, const UserDirectory &users) const;
    void writeClock(QTextStream &out, const UserDirectory &users) const;
};

} // namespace baton::cli
