# The Agreement workspace: the effective version, the drafts and their diff, sign-off,
# history with time to agreement, the impact preview and re-evaluation.
target_sources(baton_ui PRIVATE
  agreement/AgreementText.cpp agreement/AgreementText.h
  agreement/AgreementWorkspace.cpp agreement/AgreementWorkspace.h
  agreement/BackgroundTask.cpp agreement/BackgroundTask.h
  agreement/CurrentDrafts.cpp agreement/CurrentDrafts.h
  agreement/DefinitionDiffModel.cpp agreement/DefinitionDiffModel.h
  agreement/DefinitionDiffView.cpp agreement/DefinitionDiffView.h
  agreement/DraftsPanel.cpp agreement/DraftsPanel.h
  agreement/EffectiveVersionBanner.cpp agreement/EffectiveVersionBanner.h
  agreement/HistoryPanel.cpp agreement/HistoryPanel.h
  agreement/ImpactPreviewPanel.cpp agreement/ImpactPreviewPanel.h
  agreement/ImpactPreviewText.cpp agreement/ImpactPreviewText.h
  agreement/ProposalSignOff.cpp agreement/ProposalSignOff.h
  agreement/ReasonImpactModel.cpp agreement/ReasonImpactModel.h
  agreement/ReevaluationPanel.cpp agreement/ReevaluationPanel.h
  agreement/SignOffPanel.cpp agreement/SignOffPanel.h
  agreement/UserDirectory.cpp agreement/UserDirectory.h
  agreement/VersionHistoryModel.cpp agreement/VersionHistoryModel.h
  agreement/WrappingTreeDelegate.cpp agreement/WrappingTreeDelegate.h
)
