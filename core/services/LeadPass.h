#pragma once

#include "common/Result.h"
#include "common/TaskControl.h"
#include "storage/LeadEventStream.h"

#include <functional>

namespace baton {

class Database;

/// A read-only pass over the selected leads with their events, for work over a whole file
/// (re-evaluation, the impact preview). A large file is split by lead id into one range per core
/// (at most four), each read by its own thread on its own connection; a small one is read on the
/// calling thread. A cancel stops every range.
class LeadPass {
public:
    /// Called for each lead on the thread that reads its range, with that thread's connection,
    /// the range's number (0 … ranges - 1) and its stream (to read the lead's events on demand
    /// when the selection says so). Returns false to stop the whole pass.
    using Visit =
        std::function<bool(int range, Database &db, const LeadWithEvents &lead, LeadEventStream &events)>;

    /// How many ranges a pass over a file with `leads` leads is split into.
    static int rangesFor(qint64 leads);
    /// The ranges for the file's leads (1 for a small file).
    static Result<int> rangesFor(Database &db);

    /// Runs the pass. Progress is in lead ids: how far each range has read, out of the file's span
    /// of ids, which costs nothing to know in advance.
    static Result<void> run(Database &db, const LeadSelection &selection, int ranges, const Visit &visit,
                            const TaskControl &control);
};

} // namespace baton
