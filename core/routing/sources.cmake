# Routing with named owners (issue 4): rules, pools, availability, and why each decision was made.
target_sources(baton_core PRIVATE
  routing/AccountOwner.h
  routing/PersonAvailability.h
  routing/Router.cpp routing/Router.h
  routing/RoutingAction.cpp routing/RoutingAction.h
  routing/RoutingCondition.cpp routing/RoutingCondition.h
  routing/RoutingConfig.cpp routing/RoutingConfig.h
  routing/RoutingConfigJson.cpp routing/RoutingConfigJson.h
  routing/RoutingConfigParser.cpp routing/RoutingConfigParser.h
  routing/RoutingDecision.h
  routing/RoutingLead.h
  routing/RoutingPool.h
  routing/RoutingRule.h
  routing/RoutingRuleText.cpp routing/RoutingRuleText.h
  routing/RoutingState.cpp routing/RoutingState.h
  routing/TeamSettings.h
)
