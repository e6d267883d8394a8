#pragma once

#include "agreement/ScoreBreakdown.h"
#include "domain/Activity.h"
#include "domain/Campaign.h"
#include "domain/EngagementStory.h"
#include "domain/Handoff.h"
#include "domain/Lead.h"
#include "domain/LeadComment.h"
#include "domain/Opportunity.h"
#include "domain/OpportunityClosing.h"
#include "domain/QualificationAnswer.h"
#include "domain/StageChange.h"
#include "domain/User.h"
#include "sla/SlaClock.h"

#include <QDate>

#include <optional>
#include <vector>

namespace baton {

/// Everything the context card shows about one lead.
struct LeadCard {
    Lead lead;
    std::optional<User> owner;
    std::optional<Campaign> campaign;
    EngagementStory story;
    std::vector<StageChange> history; ///< oldest first
    std::vector<Activity> activities; ///< newest first
    std::optional<Opportunity> opportunity;
    std::optional<Handoff> handoff;      ///< the latest handoff on record
    std::optional<ScoreBreakdown> score; ///< now, under the effective definition (LeadCardService)
    std::optional<SlaClock> clock;       ///< the latest handoff's response clock (LeadCardService)
    QString routing;                     ///< why it has its owner: the latest routing decision's reason
    /// Its stage moved on from mql or sal with no meaningful contact behind it (none logged since).
    bool movedWithoutContact = false;
    /// The opportunity's qualification checklist as answered at the conversion (LeadCardService).
    std::vector<QualificationAnswer> answers;
    QDate expectedClose;                       ///< of the opportunity; invalid when not known
    std::optional<OpportunityClosing> closing; ///< won or lost, once the opportunity closed
    std::vector<LeadComment> thread;           ///< both teams' comments and review steps, oldest first
};

} // namespace baton
