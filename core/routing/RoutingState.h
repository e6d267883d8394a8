#pragma once

#include <QDate>
#include <QString>

#include <map>
#include <unordered_map>
#include <utility>

namespace baton {

/// What routing counts as it goes: each person's open leads and new leads per local day, and
/// each pool's round-robin credits. Loaded from the file before a batch, updated by every
/// decision, written back after.
struct RoutingState {
    std::unordered_map<qint64, int> openLeads;
    std::map<std::pair<qint64, QDate>, int> assignedOn;   ///< (person, their local date) → new leads
    std::map<std::pair<QString, qint64>, qint64> credits; ///< (pool, person) → smooth round-robin credit

    int open(qint64 user) const;
    int assigned(qint64 user, const QDate &day) const;
    void noteAssigned(qint64 user, const QDate &day);
};

} // namespace baton
