#pragma once

#include "agreement/DefinitionVersion.h"
#include "agreement/HandoffJudge.h"
#include "agreement/Scorer.h"
#include "common/Result.h"
#include "domain/Handoff.h"
#include "services/HandoffDispatch.h"
#include "services/HandoffRecorder.h"

#include <QDateTime>

#include <span>

namespace baton {

class Database;

/// What follows an import, in its transaction: each lead it added or changed that marketing holds
/// is judged by the effective definition, and one that meets the MQL rule is handed over and
/// routed, with its response clock started, as a re-evaluation or an arriving event does. The
/// routing state is read once for the whole file.
class ImportHandoffs {
public:
    ImportHandoffs(Database &db, const DefinitionVersion &effective, QDateTime now, HandoffTrigger trigger);

    /// `events` oldest first; `since` when the lead entered its stage.
    Result<void> consider(const Lead &lead, std::span<const EngagementEvent> events, const QDateTime &since);
    /// Writes routing's round-robin credits back; before the commit.
    Result<void> finish() { return m_dispatch.finish(); }

    qint64 handedOver() const { return m_handedOver; }
    qint64 routed() const { return m_routed; }

private:
    const DefinitionVersion &m_effective;
    QDateTime m_now;
    QDate m_today;
    HandoffTrigger m_trigger;
    Scorer m_scorer;
    HandoffJudge m_judge;
    HandoffRecorder m_recorder;
    HandoffDispatch m_dispatch;
    qint64 m_handedOver = 0;
    qint64 m_routed = 0;
};

} // namespace baton
