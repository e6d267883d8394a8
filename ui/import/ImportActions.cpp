#include "import/ImportActions.h"

#include "import/ImportWizard.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/OpenStateText.h"

#include <QAction>
#include <QMessageBox>

namespace baton {

ImportActions::ImportActions(Session &session, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_parent(parent)
    , m_leads(new QAction(tr("Import &leads\u2026"), this))
    , m_events(new QAction(tr("Import &events\u2026"), this))
    , m_report(
          [this](const QString &message) { QMessageBox::warning(m_parent, tr("Not imported"), message); })
{
    m_leads->setStatusTip(tr("Leads from a CSV export of HubSpot, Salesforce, Marketo or any CRM"));
    m_events->setStatusTip(tr("Engagement events from a CSV file, against the leads with their e-mails"));
    if (m_session.database().isReadOnly()) {
        const QString banner = OpenStateText::readOnlyBanner(m_session.database().openState());
        m_leads->setStatusTip(banner);
        m_events->setStatusTip(banner);
    }
    connect(m_leads, &QAction::triggered, this, [this] { open(ImportKind::Leads); });
    connect(m_events, &QAction::triggered, this, [this] { open(ImportKind::Events); });
}

ImportWizard *ImportActions::makeWizard(ImportKind kind)
{
    if (m_session.database().isReadOnly()) {
        QString reason = OpenStateText::readOnlyBanner(m_session.database().openState());
        if (reason.isEmpty())
            reason = tr("The file is open read-only.");
        m_report(tr("Nothing can be imported. %1").arg(reason));
        return nullptr;
    }
    auto *wizard = new ImportWizard(kind, m_session, m_parent);
    connect(wizard, &ImportWizard::imported, this, &ImportActions::imported);
    return wizard;
}

void ImportActions::open(ImportKind kind)
{
    ImportWizard *wizard = makeWizard(kind);
    if (wizard == nullptr)
        return;
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

} // namespace baton
