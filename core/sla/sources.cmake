# The response SLA (issue 4): business time, the clock of each handoff, escalation.
target_sources(baton_core PRIVATE
  sla/BusinessCalendar.cpp sla/BusinessCalendar.h
  sla/EscalationPolicy.h
  sla/EscalationStep.cpp sla/EscalationStep.h
  sla/SlaClock.cpp sla/SlaClock.h
  sla/SlaState.cpp sla/SlaState.h
  sla/WeeklyHours.cpp sla/WeeklyHours.h
)
