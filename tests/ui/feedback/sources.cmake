# Tests of the calibration panel.
target_sources(baton_ui_tests PRIVATE
  feedback/CalibrationFixture.cpp feedback/CalibrationFixture.h
  feedback/CalibrationModelTest.cpp
  feedback/CalibrationPanelTest.cpp
)
