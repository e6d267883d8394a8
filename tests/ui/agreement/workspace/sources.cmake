# Tests of the Agreement workspace.
target_sources(baton_ui_tests PRIVATE
  agreement/workspace/AgreementSteps.h
  agreement/workspace/AgreementTextTest.cpp
  agreement/workspace/AgreementWorkspaceTest.cpp
  agreement/workspace/BackgroundTaskTest.cpp
  agreement/workspace/CurrentDraftsTest.cpp
  agreement/workspace/DefinitionDiffModelTest.cpp
  agreement/workspace/DraftsPanelTest.cpp
  agreement/workspace/ImpactPreviewPanelTest.cpp
  agreement/workspace/ImpactPreviewTextTest.cpp
  agreement/workspace/SignOffPanelTest.cpp
  agreement/workspace/VersionHistoryModelTest.cpp
  agreement/workspace/WrappingTreeDelegateTest.cpp
)
# UiFixture.h, ModalDialogResponder.h, … live in tests/ui (this file is included from there).
target_include_directories(baton_ui_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
