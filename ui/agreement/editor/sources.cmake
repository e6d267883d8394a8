# The editors for every part of a lead definition.
target_sources(baton_ui PRIVATE
  agreement/editor/CellValues.cpp agreement/editor/CellValues.h
  agreement/editor/CheckListWidget.cpp agreement/editor/CheckListWidget.h
  agreement/editor/DefinitionEditor.cpp agreement/editor/DefinitionEditor.h
  agreement/editor/DefinitionEditorDialog.cpp agreement/editor/DefinitionEditorDialog.h
  agreement/editor/DefinitionItemDelegate.cpp agreement/editor/DefinitionItemDelegate.h
  agreement/editor/DefinitionTableModel.cpp agreement/editor/DefinitionTableModel.h
  agreement/editor/EditorRole.h
  agreement/editor/EngagementRuleModel.cpp agreement/editor/EngagementRuleModel.h
  agreement/editor/FitRuleModel.cpp agreement/editor/FitRuleModel.h
  agreement/editor/ItemTableModel.h
  agreement/editor/MeaningfulContactPage.cpp agreement/editor/MeaningfulContactPage.h
  agreement/editor/MqlRulePage.cpp agreement/editor/MqlRulePage.h
  agreement/editor/QualificationCriterionModel.cpp agreement/editor/QualificationCriterionModel.h
  agreement/editor/ReasonModel.cpp agreement/editor/ReasonModel.h
  agreement/editor/RuleTablePage.cpp agreement/editor/RuleTablePage.h
  agreement/editor/SlaTierModel.cpp agreement/editor/SlaTierModel.h
  agreement/editor/TargetModel.cpp agreement/editor/TargetModel.h
)
