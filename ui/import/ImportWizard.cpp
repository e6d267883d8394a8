#include "import/ImportWizard.h"

#include "import/ImportPreviewPage.h"
#include "import/ImportProgressPage.h"
#include "import/ImportSourcePage.h"
#include "import/ImportSummaryPage.h"
#include "session/Session.h"

#include <QFileInfo>

namespace baton {
namespace {

ImportDraft draftFor(ImportKind kind)
{
    ImportDraft draft;
    draft.kind = kind;
    return draft;
}

} // namespace

ImportWizard::ImportWizard(ImportKind kind, Session &session, QWidget *parent)
    : QWizard(parent)
    , m_draft(draftFor(kind))
    , m_source(new ImportSourcePage(m_draft, QFileInfo(session.filePath()).absolutePath(), this))
    , m_preview(new ImportPreviewPage(m_draft, session, this))
    , m_progress(new ImportProgressPage(m_draft, session.filePath(), session.clock(), this))
    , m_summary(new ImportSummaryPage(m_draft, this))
{
    setWindowTitle(kind == ImportKind::Leads ? tr("Import leads") : tr("Import events"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePage, m_source);
    setPage(PreviewPage, m_preview);
    setPage(ProgressPage, m_progress);
    setPage(SummaryPage, m_summary);
    resize(900, 620);

    connect(m_progress, &ImportProgressPage::done, this, [this] {
        if (currentId() == ProgressPage)
            next();
        if (m_draft.result && !m_draft.result->dryRun)
            Q_EMIT imported();
    });
}

void ImportWizard::reject()
{
    if (m_progress->isRunning()) {
        m_progress->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace baton
