# Tests of the Rejections workspace.
target_sources(baton_ui_tests PRIVATE
  rejections/FakeReviewPrompter.h
  rejections/InboxGroupModelTest.cpp
  rejections/RejectionFixture.cpp rejections/RejectionFixture.h
  rejections/RejectionListModelTest.cpp
  rejections/RejectionsPageTest.cpp
  rejections/RejectionPeriodTest.cpp
  rejections/RejectionsWorkspaceTest.cpp
)
