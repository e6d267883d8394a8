# The Review page: the joint weekly review's numbers for a week, in tiles against the week
# before and in charts, with what is behind a bar or point when it is clicked; the week as a
# PDF to send and its metrics as CSV.
target_sources(baton_ui PRIVATE
  review/AcceptanceTrendChart.cpp review/AcceptanceTrendChart.h
  review/ActionItemDialog.cpp review/ActionItemDialog.h
  review/ActionItemModel.cpp review/ActionItemModel.h
  review/AgendaModel.cpp review/AgendaModel.h
  review/CompletenessChart.cpp review/CompletenessChart.h
  review/ContactHistogramChart.cpp review/ContactHistogramChart.h
  review/DecisionDialog.cpp review/DecisionDialog.h
  review/DecisionModel.cpp review/DecisionModel.h
  review/DialogMeetingPrompter.cpp review/DialogMeetingPrompter.h
  review/FunnelChart.cpp review/FunnelChart.h
  review/MeetingPanel.cpp review/MeetingPanel.h
  review/MeetingPrompter.h
  review/MetricComboBox.cpp review/MetricComboBox.h
  review/OwnerSlaChart.cpp review/OwnerSlaChart.h
  review/PdfLayout.cpp review/PdfLayout.h
  review/RejectionReasonsChart.cpp review/RejectionReasonsChart.h
  review/ReviewChart.cpp review/ReviewChart.h
  review/ReviewExportButton.cpp review/ReviewExportButton.h
  review/ReviewFilterBar.cpp review/ReviewFilterBar.h
  review/ReviewLeadModel.cpp review/ReviewLeadModel.h
  review/ReviewPdf.cpp review/ReviewPdf.h
  review/ReviewPdfTables.cpp review/ReviewPdfTables.h
  review/ReviewText.cpp review/ReviewText.h
  review/ReviewTile.cpp review/ReviewTile.h
  review/ReviewTiles.cpp review/ReviewTiles.h
  review/ReviewWorkspace.cpp review/ReviewWorkspace.h
)
