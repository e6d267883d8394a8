# Tests of the import wizard.
target_sources(baton_ui_tests PRIVATE
  import/ImportWizardTest.cpp
)
