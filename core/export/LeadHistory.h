#pragma once

#include "domain/Activity.h"
#include "domain/Campaign.h"
#include "domain/EngagementEvent.h"
#include "domain/Handoff.h"
#include "domain/Lead.h"
#include "domain/Opportunity.h"
#include "domain/StageChange.h"
#include "domain/User.h"
#include "storage/RoutingRepository.h"

#include <QHash>

#include <optional>
#include <vector>

namespace baton {

/// A lead with everything that happened to it, as an export writes it: its engagement events,
/// stage changes, activities, handoffs, routing decisions and opportunity, each oldest first.
struct LeadHistory {
    Lead lead;
    std::optional<Campaign> campaign;
    std::vector<EngagementEvent> events;
    std::vector<StageChange> stageChanges;
    std::vector<Activity> activities;
    std::vector<Handoff> handoffs;
    std::vector<RoutingRecord> routing;
    std::optional<Opportunity> opportunity;
};

} // namespace baton
