# Tests of the import wizard.
target_sources(baton_ui_tests PRIVATE
  import/ImportMenuTest.cpp
  import/ImportWizardTest.cpp
)
