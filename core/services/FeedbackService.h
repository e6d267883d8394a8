#pragma once

#include "agreement/DefinitionVersion.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "feedback/CalibrationRow.h"
#include "feedback/FeedbackDimension.h"
#include "feedback/RejectionInbox.h"
#include "feedback/Suggestion.h"

#include <QDateTime>

#include <vector>

namespace baton {

class Database;

/// The feedback loop's numbers: the Rejections inbox (every rejection and disqualification of a
/// period grouped by reason, campaign, source, score band and owner, with the trend against the
/// weeks before), the calibration of the definition (acceptance and conversion by score band,
/// campaign, source and rule), and the suggestions they point at. Each reads one index once.
class FeedbackService {
public:
    FeedbackService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    /// Rejections in [from, to), compared with the `earlierWeeks` weeks before `from`.
    Result<RejectionInbox> inbox(const QDateTime &from, const QDateTime &to, int earlierWeeks = 4);
    /// The handoffs of [from, to) by `by` (Band, Campaign, Source or Rule), largest first.
    Result<std::vector<CalibrationRow>> calibration(const QDateTime &from, const QDateTime &to,
                                                    FeedbackDimension by);
    /// Rules whose leads are turned down for one reason at least twice as often as the rest, most
    /// striking first; at most `limit`.
    Result<std::vector<Suggestion>> suggestions(const QDateTime &from, const QDateTime &to, int limit = 5);
    /// A draft of the effective definition with the suggestion's change made, in the actor's
    /// team's name (a marketing manager's draft for marketing, a sales manager's for sales), for
    /// the joint review to decide.
    Result<DefinitionVersion> draftFrom(const Suggestion &suggestion, qint64 actorId);

    /// Least decided handoffs a rule must dominate, and least of them with the reason, for a
    /// suggestion.
    static constexpr int minimumDominated = 30;
    static constexpr int minimumWithReason = 10;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace baton
