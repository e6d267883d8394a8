#pragma once

#include "common/Result.h"

#include <QString>

namespace baton::test {

/// The files the kill tests start from, built once in a folder: each round copies one and lets a
/// child process work on the copy.
///
/// - import.baton: the small team, routing to a pool; csv/batch-K.csv to import into it.
/// - rescore.baton: warm nurture leads under a definition that has just lowered the bar, so that a
///   re-evaluation hands every one of them over (and routes them) in one transaction.
/// - route.baton: handed-over leads that wait for an owner, and routing that now has a pool.
/// - migrate.baton: a file of the first file format, with leads and events, for an upgrade.
class FaultTemplates {
public:
    static constexpr int importBatches = 6;
    static constexpr int importBatchSize = 150;
    static constexpr int rescoreLeads = 1500;
    static constexpr int routeBatches = 6;
    static constexpr int routeBatchSize = 200;
    static constexpr int migrateLeads = 4000;
    static constexpr int migrateEventsPerLead = 10;

    static Result<void> build(const QString &folder);

    /// The e-mail of row `row` of import batch `batch`.
    static QString importEmail(int batch, int row);
};

} // namespace baton::test
