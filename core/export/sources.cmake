# Data out: a queue as CSV, leads with their history as JSON; the desktop and batonctl export
# through here.
target_sources(baton_core PRIVATE
  export/LeadExport.cpp export/LeadExport.h
  export/LeadFieldsJson.cpp export/LeadFieldsJson.h
  export/LeadHistory.h
  export/LeadHistoryJson.cpp export/LeadHistoryJson.h
  export/QueueCsv.cpp export/QueueCsv.h
)
