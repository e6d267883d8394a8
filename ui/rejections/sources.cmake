# The Rejections workspace: marketing's review of rejections by period, grouped every way the
# feedback loop reads them, with the list, the selected rejection and its review steps.
target_sources(baton_ui PRIVATE
  rejections/DialogReviewPrompter.cpp rejections/DialogReviewPrompter.h
  rejections/InboxGroupModel.cpp rejections/InboxGroupModel.h
  rejections/InboxSelection.cpp rejections/InboxSelection.h
  rejections/InboxSummary.cpp rejections/InboxSummary.h
  rejections/InboxText.cpp rejections/InboxText.h
  rejections/InboxTile.cpp rejections/InboxTile.h
  rejections/RecycleChoice.h
  rejections/RecycleDialog.cpp rejections/RecycleDialog.h
  rejections/RejectionDetail.cpp rejections/RejectionDetail.h
  rejections/RejectionFilterBar.cpp rejections/RejectionFilterBar.h
  rejections/RejectionListModel.cpp rejections/RejectionListModel.h
  rejections/RejectionPeriod.cpp rejections/RejectionPeriod.h
  rejections/RejectionsWorkspace.cpp rejections/RejectionsWorkspace.h
  rejections/ReviewAction.h
  rejections/ReviewHtml.cpp rejections/ReviewHtml.h
  rejections/ReviewPermissions.cpp rejections/ReviewPermissions.h
  rejections/ReviewPrompter.h
  rejections/ReviewTextDialog.cpp rejections/ReviewTextDialog.h
  rejections/SparklineDelegate.cpp rejections/SparklineDelegate.h
)
