#include "agreement/AgreementWorkspace.h"

#include "agreement/DraftsPanel.h"
#include "agreement/EffectiveVersionBanner.h"
#include "agreement/HistoryPanel.h"
#include "agreement/ImpactPreviewPanel.h"
#include "agreement/ReevaluationPanel.h"
#include "agreement/SignOffPanel.h"
#include "agreement/UserDirectory.h"
#include "services/AgreementService.h"
#include "session/Session.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace baton {
namespace {

enum Tab { DraftsTab, SignOffTab, HistoryTab, ImpactTab };

} // namespace

AgreementWorkspace::AgreementWorkspace(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new EffectiveVersionBanner(this))
    , m_reevaluation(new ReevaluationPanel(session, this))
    , m_tabs(new QTabWidget(this))
    , m_drafts(new DraftsPanel(session, m_tabs))
    , m_signOff(new SignOffPanel(session, m_tabs))
    , m_history(new HistoryPanel(session, m_tabs))
    , m_impact(new ImpactPreviewPanel(session, m_tabs))
{
    m_tabs->insertTab(DraftsTab, m_drafts, tr("&Drafts"));
    m_tabs->insertTab(SignOffTab, m_signOff, tr("&Sign-off"));
    m_tabs->insertTab(HistoryTab, m_history, tr("&History"));
    m_tabs->insertTab(ImpactTab, m_impact, tr("&Impact preview"));
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_banner);
    layout->addWidget(m_reevaluation);
    layout->addWidget(m_tabs, 1);

    connect(m_drafts, &DraftsPanel::versionsChanged, this, &AgreementWorkspace::refresh);
    connect(m_drafts, &DraftsPanel::proposalStored, this, [this] { m_tabs->setCurrentIndex(SignOffTab); });
    connect(m_signOff, &SignOffPanel::versionsChanged, this, &AgreementWorkspace::refresh);
    connect(m_signOff, &SignOffPanel::openCountChanged, this, &AgreementWorkspace::showOpenProposals);
    connect(m_signOff, &SignOffPanel::versionBecameEffective, this, &AgreementWorkspace::afterEffective);
    connect(m_signOff, &SignOffPanel::compareRequested, this, &AgreementWorkspace::showChanges);
    connect(m_reevaluation, &ReevaluationPanel::leadsChanged, this, &AgreementWorkspace::leadsChanged);

    refresh();
}

AgreementWorkspace::~AgreementWorkspace() = default;

void AgreementWorkspace::refresh()
{
    showEffective();
    m_drafts->refresh();
    m_signOff->refresh();
    m_history->refresh();
    m_impact->refresh();
    m_reevaluation->refresh();
}

void AgreementWorkspace::showEffective()
{
    auto effective = AgreementService(m_session.database(), m_session.clock()).effective();
    if (!effective) {
        m_banner->showError(effective.error().message);
        return;
    }
    m_banner->showVersion(*effective, UserDirectory::load(m_session.database()));
}

void AgreementWorkspace::showOpenProposals(int count)
{
    m_tabs->setTabText(SignOffTab, count > 0 ? tr("&Sign-off (%1)").arg(count) : tr("&Sign-off"));
}

void AgreementWorkspace::showChanges(int number)
{
    m_tabs->setCurrentIndex(HistoryTab);
    m_history->selectVersions({number});
    m_history->compareWithEffective();
}

void AgreementWorkspace::afterEffective()
{
    // The new version decides which nurture leads are MQLs now.
    m_reevaluation->start();
}

} // namespace baton
