# Tests of the Review page.
target_sources(baton_ui_tests PRIVATE
  review/FakeMeetingPrompter.h
  review/MeetingDialogsTest.cpp
  review/MeetingPanelTest.cpp
  review/ReviewChartsTest.cpp
  review/ReviewLeadModelTest.cpp
  review/ReviewPdfTest.cpp
  review/ReviewTextTest.cpp
  review/ReviewTilesTest.cpp
  review/ReviewWorkspaceTest.cpp
)
