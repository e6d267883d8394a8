# Tests of the definition editors.
target_sources(baton_ui_tests PRIVATE
  agreement/editor/CheckListWidgetTest.cpp
  agreement/editor/DefinitionEditorDialogTest.cpp
  agreement/editor/DefinitionEditorTest.cpp
  agreement/editor/DefinitionItemDelegateTest.cpp
  agreement/editor/EngagementRuleModelTest.cpp
  agreement/editor/FitRuleModelTest.cpp
  agreement/editor/QualificationCriterionModelTest.cpp
  agreement/editor/ReasonModelTest.cpp
  agreement/editor/SampleDefinition.h
  agreement/editor/SlaTierModelTest.cpp
  agreement/editor/TargetModelTest.cpp
)
