#pragma once

#include "common/Result.h"

#include <QDateTime>

#include <functional>

namespace baton {

class Database;

/// What a demo run produced.
struct DemoSummary {
    qint64 leads = 0;
    qint64 events = 0;
    qint64 activities = 0;
    qint64 stageChanges = 0;
    qint64 users = 0;
    qint64 campaigns = 0;
    double seconds = 0;
};

struct DemoOptions {
    qint64 leads = 5000;
    quint64 seed = 1;
    QDateTime now; ///< the end of the 12 weeks of history (UTC)
    /// About how many engagement events a lead gets on average (4 to 40): 13 by default; 20 for
    /// the benchmark files (1,000,000 leads, 20,000,000 events).
    int eventsPerLead = 13;
    /// Called now and then with leads written so far; return false to cancel (nothing is kept).
    std::function<bool(qint64 done, qint64 total)> progress;
};

/// Fills an empty Baton file with a deterministic, realistic data set: a team, campaigns,
/// companies and contacts, engagement histories and leads in every stage over 12 weeks.
/// The same options give the same file content.
class DemoGenerator {
public:
    static Result<DemoSummary> generate(Database &db, const DemoOptions &options);
};

} // namespace baton
