# The import wizard: leads and events from CSV files, through core/import.
target_sources(baton_ui PRIVATE
  import/ColumnMappingEditor.cpp import/ColumnMappingEditor.h
  import/HeaderRecognition.cpp import/HeaderRecognition.h
  import/ImportActions.cpp import/ImportActions.h
  import/ImportDraft.h
  import/ImportKind.h
  import/ImportPreviewModel.cpp import/ImportPreviewModel.h
  import/ImportPreviewPage.cpp import/ImportPreviewPage.h
  import/ImportProgressPage.cpp import/ImportProgressPage.h
  import/ImportSourcePage.cpp import/ImportSourcePage.h
  import/ImportSummaryPage.cpp import/ImportSummaryPage.h
  import/ImportWizard.cpp import/ImportWizard.h
  import/RefusalModel.cpp import/RefusalModel.h
)
