# The joint review as the Review page, its PDF and its CSV see it: one week's numbers, the
# meeting's decisions and action items beside them, and the metrics as CSV.
target_sources(baton_core PRIVATE
  review/ReasonCount.h
  review/ReviewCsv.cpp review/ReviewCsv.h
  review/ReviewDocument.cpp review/ReviewDocument.h
  review/ReviewNumbers.cpp review/ReviewNumbers.h
  review/ReviewRequest.h
  review/ReviewRow.h
)
