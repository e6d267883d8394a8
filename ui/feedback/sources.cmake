# The calibration of the lead definition: how a period's handoffs fared by score band, campaign,
# source and rule, and the suggestions that open a draft.
target_sources(baton_ui PRIVATE
  feedback/CalibrationModel.cpp feedback/CalibrationModel.h
  feedback/CalibrationPanel.cpp feedback/CalibrationPanel.h
  feedback/CalibrationResult.h
  feedback/SuggestionList.cpp feedback/SuggestionList.h
)
