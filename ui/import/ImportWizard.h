#pragma once

#include "import/ImportDraft.h"

#include <QWizard>

namespace baton {

class ImportPreviewPage;
class ImportProgressPage;
class ImportSourcePage;
class ImportSummaryPage;
class Session;

/// Imports a CSV file of leads or events into the open Baton file through the same core calls
/// as `batonctl import`: the file and its mapping, a preview as mapped, the import itself (off
/// the UI thread, with progress and cancel) and what it did.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { SourcePage, PreviewPage, ProgressPage, SummaryPage };

    ImportWizard(ImportKind kind, Session &session, QWidget *parent = nullptr);

    const ImportDraft &draft() const { return m_draft; }
    ImportSourcePage *sourcePage() const { return m_source; }
    ImportPreviewPage *previewPage() const { return m_preview; }
    ImportProgressPage *progressPage() const { return m_progress; }
    ImportSummaryPage *summaryPage() const { return m_summary; }

    /// While the import runs, Cancel (or Escape) stops it instead of closing the wizard.
    void reject() override;

Q_SIGNALS:
    /// An import ran to its end and wrote to the file.
    void imported();

private:
    ImportDraft m_draft;
    ImportSourcePage *m_source;
    ImportPreviewPage *m_preview;
    ImportProgressPage *m_progress;
    ImportSummaryPage *m_summary;
};

} // namespace baton
