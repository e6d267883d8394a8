#include "actions/LeadActions.h"

#include "actions/LeadPrompter.h"
#include "domain/Lifecycle.h"
#include "services/LeadService.h"
#include "session/Session.h"
#include "storage/ReasonRepository.h"

#include <QAction>

#include <algorithm>

namespace baton {

LeadActions::LeadActions(Session &session, LeadPrompter &prompter, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_accept(makeAction(tr("&Accept"), QStringLiteral("A"),
                          tr("Accept the lead: it becomes a SAL owned by you")))
    , m_reject(makeAction(tr("&Reject…"), QStringLiteral("R"),
                          tr("Reject the lead, with a reason marketing sees")))
    , m_logActivity(makeAction(tr("&Log activity…"), QStringLiteral("L"), tr("Log a call, email or meeting")))
    , m_convert(makeAction(tr("&Convert to opportunity…"), QStringLiteral("C"),
                           tr("Turn the accepted lead into a qualified opportunity")))
{
    m_convert->setIconText(tr("Convert…"));
    connect(m_accept, &QAction::triggered, this, &LeadActions::accept);
    connect(m_reject, &QAction::triggered, this, &LeadActions::reject);
    connect(m_logActivity, &QAction::triggered, this, &LeadActions::logActivity);
    connect(m_convert, &QAction::triggered, this, &LeadActions::convert);
    connect(&m_session, &Session::userChanged, this, &LeadActions::updateEnabled);
    updateEnabled();
}

QAction *LeadActions::makeAction(const QString &text, const QString &shortcut, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setShortcut(QKeySequence(shortcut));
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut));
    action->setStatusTip(tip);
    return action;
}

QList<QAction *> LeadActions::actions() const
{
    return {m_accept, m_reject, m_logActivity, m_convert};
}

void LeadActions::setLead(std::optional<SelectedLead> lead)
{
    m_lead = std::move(lead);
    updateEnabled();
}

bool LeadActions::ready() const
{
    return m_lead.has_value() && m_session.user().has_value();
}

void LeadActions::updateEnabled()
{
    const auto canMoveTo = [this](Stage to) {
        if (!ready())
            return false;
        const auto next = Lifecycle::nextStages(m_lead->stage);
        return std::find(next.begin(), next.end(), to) != next.end();
    };
    m_accept->setEnabled(canMoveTo(Stage::Sal));
    m_reject->setEnabled(canMoveTo(Stage::Rejected));
    m_convert->setEnabled(canMoveTo(Stage::Sql));
    m_logActivity->setEnabled(ready() && isOpenStage(m_lead->stage));
}

void LeadActions::accept()
{
    if (!m_accept->isEnabled())
        return;
    const SelectedLead lead = *m_lead;
    LeadService service(m_session.database(), m_session.clock());
    finish(lead.id, service.accept(lead.id, m_session.user()->id, lead.version),
           tr("Could not accept %1").arg(lead.name));
}

void LeadActions::reject()
{
    if (!m_reject->isEnabled())
        return;
    const SelectedLead lead = *m_lead;
    auto reasons = ReasonRepository(m_session.database()).forStage(Stage::Rejected);
    if (!reasons) {
        m_prompter.showError(tr("Could not reject %1").arg(lead.name), reasons.error());
        return;
    }
    const auto choice = m_prompter.askRejection(lead.name, *reasons);
    if (!choice)
        return;
    LeadService service(m_session.database(), m_session.clock());
    finish(lead.id,
           service.reject(lead.id, m_session.user()->id, choice->reasonCode, choice->note, lead.version),
           tr("Could not reject %1").arg(lead.name));
}

void LeadActions::logActivity()
{
    if (!m_logActivity->isEnabled())
        return;
    const SelectedLead lead = *m_lead;
    const auto choice = m_prompter.askActivity(lead.name);
    if (!choice)
        return;
    LeadService service(m_session.database(), m_session.clock());
    auto logged = service.logActivity(lead.id, m_session.user()->id, choice->type, choice->outcome,
                                      choice->note, lead.version);
    finish(lead.id, logged ? Result<void>() : Result<void>(logged.error()),
           tr("Could not log the activity for %1").arg(lead.name));
}

void LeadActions::convert()
{
    if (!m_convert->isEnabled())
        return;
    const SelectedLead lead = *m_lead;
    const auto choice = m_prompter.askConversion(lead.name);
    if (!choice)
        return;
    LeadService service(m_session.database(), m_session.clock());
    finish(lead.id, service.convert(lead.id, m_session.user()->id, choice->conversion, lead.version),
           tr("Could not convert %1").arg(lead.name));
}

void LeadActions::finish(qint64 leadId, const Result<void> &result, const QString &failure)
{
    if (result) {
        Q_EMIT leadChanged(leadId);
        return;
    }
    m_prompter.showError(failure, result.error());
    Q_EMIT leadStale(leadId);
}

} // namespace baton
