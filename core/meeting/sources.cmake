# The joint review's meeting: decisions and action items next to the metric that prompted them.
target_sources(baton_core PRIVATE
  meeting/ActionItem.h
  meeting/ActionStatus.cpp meeting/ActionStatus.h
  meeting/AgendaItem.h
  meeting/ReviewAgenda.cpp meeting/ReviewAgenda.h
  meeting/ReviewDecision.h
  meeting/ReviewMeetingService.cpp meeting/ReviewMeetingService.h
  storage/MeetingRepository.cpp storage/MeetingRepository.h
)
