#pragma once

#include "agreement/Definition.h"
#include "common/Result.h"
#include "common/TaskControl.h"
#include "services/ImpactPreview.h"

namespace baton {

class Clock;
class Database;

/// Replays the last weeks under a draft: which leads it would have handed over (the first moment
/// each met its MQL rule, counting every event up to the end of the window), against the leads
/// that were handed over, and what sales made of them. Read only.
class ImpactPreviewService {
public:
    ImpactPreviewService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    /// A stored version by number (0 = the built-in defaults), over the `weeks` before now.
    Result<ImpactPreview> preview(int versionNumber, int weeks, const TaskControl &control = {});
    /// Any definition, for example one being edited; versionNumber is only copied to the result.
    Result<ImpactPreview> preview(const Definition &definition, int versionNumber, int weeks,
                                  const TaskControl &control = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace baton
