# The Rejections workspace: marketing's review of rejections by period, grouped every way the
# feedback loop reads them, with the list, the selected rejection and its review steps.
target_sources(baton_ui PRIVATE
  rejections/InboxGroupModel.cpp rejections/InboxGroupModel.h
  rejections/InboxText.cpp rejections/InboxText.h
  rejections/RejectionFilterBar.cpp rejections/RejectionFilterBar.h
  rejections/RejectionListModel.cpp rejections/RejectionListModel.h
  rejections/RejectionPeriod.cpp rejections/RejectionPeriod.h
  rejections/SparklineDelegate.cpp rejections/SparklineDelegate.h
)
