#include "actions/LeadActions.h"

#include "actions/LeadPrompter.h"
#include "common/Clock.h"
#include "domain/Lifecycle.h"
#include "services/AgreementService.h"
#include "services/LeadService.h"
#include "services/RejectionReviewService.h"
#include "services/RoleGate.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/OpenStateText.h"
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
    , m_markWon(makeAction(tr("Mark &won…"), QStringLiteral("W"), tr("The opportunity was won")))
    , m_markLost(
          makeAction(tr("Mark l&ost…"), QStringLiteral("O"), tr("The opportunity was lost, with the reason")))
    , m_comment(makeAction(tr("Co&mment…"), QStringLiteral("M"),
                           tr("Add a comment to the lead's thread, which both teams read")))
{
    m_convert->setIconText(tr("Convert…"));
    m_markWon->setIconText(tr("Won…"));
    m_markLost->setIconText(tr("Lost…"));
    connect(m_accept, &QAction::triggered, this, &LeadActions::accept);
    connect(m_reject, &QAction::triggered, this, &LeadActions::reject);
    connect(m_logActivity, &QAction::triggered, this, &LeadActions::logActivity);
    connect(m_convert, &QAction::triggered, this, &LeadActions::convert);
    connect(m_markWon, &QAction::triggered, this, &LeadActions::markWon);
    connect(m_markLost, &QAction::triggered, this, &LeadActions::markLost);
    connect(m_comment, &QAction::triggered, this, &LeadActions::comment);
    connect(&m_session, &Session::userChanged, this, &LeadActions::updateEnabled);
    if (m_session.database().isReadOnly()) {
        const QString banner = OpenStateText::readOnlyBanner(m_session.database().openState());
        for (QAction *action : actions()) {
            action->setToolTip(banner);
            action->setStatusTip(banner);
        }
    }
    updateEnabled();
}

QAction *LeadActions::makeAction(const QString &text, const QString &shortcut, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setShortcut(QKeySequence(shortcut));
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut));
    action->setStatusTip(tip);
    action->setProperty("tip", action->toolTip());
    action->setProperty("statusTip", tip);
    return action;
}

QList<QAction *> LeadActions::actions() const
{
    return {m_accept, m_reject, m_logActivity, m_convert, m_markWon, m_markLost, m_comment};
}

void LeadActions::setLead(std::optional<SelectedLead> lead)
{
    m_lead = std::move(lead);
    updateEnabled();
}

bool LeadActions::ready() const
{
    return m_queueShown && m_lead.has_value() && m_session.user().has_value() &&
           !m_session.database().isReadOnly();
}

bool LeadActions::refusedAsReadOnly()
{
    if (!m_session.database().isReadOnly() || !m_lead)
        return false;
    m_prompter.showError(
        tr("%1 was not changed").arg(m_lead->name),
        makeError(ErrorKind::ReadOnly, OpenStateText::readOnlyBanner(m_session.database().openState())));
    return true;
}

void LeadActions::setQueueShown(bool shown)
{
    m_queueShown = shown;
    updateEnabled();
}

void LeadActions::updateEnabled()
{
    const auto canMoveTo = [this](Stage to) {
        if (!ready())
            return false;
        const auto next = Lifecycle::nextStages(m_lead->stage);
        return std::find(next.begin(), next.end(), to) != next.end();
    };
    // A marketing manager sees sales' decisions but does not take them: they are off, and say why.
    const auto &user = m_session.user();
    const bool decides = !user || RoleGate::allows(user->role, RoleGate::leadDecisions);
    for (const auto &[action, what] :
         {std::pair{m_accept, tr("accept leads")}, std::pair{m_reject, tr("reject leads")},
          std::pair{m_convert, tr("convert leads into opportunities")},
          std::pair{m_markWon, tr("record an opportunity's outcome")},
          std::pair{m_markLost, tr("record an opportunity's outcome")}}) {
        if (m_session.database().isReadOnly())
            continue;
        if (!decides) {
            const QString refusal = RoleGate::refusal(user->role, RoleGate::leadDecisions, what);
            action->setToolTip(refusal);
            action->setStatusTip(refusal);
        } else {
            action->setToolTip(action->property("tip").toString());
            action->setStatusTip(action->property("statusTip").toString());
        }
    }
    m_accept->setEnabled(decides && canMoveTo(Stage::Sal));
    m_reject->setEnabled(decides && canMoveTo(Stage::Rejected));
    m_convert->setEnabled(decides && canMoveTo(Stage::Sql));
    m_logActivity->setEnabled(ready() && isOpenStage(m_lead->stage));
    const bool opportunity = decides && ready() && m_lead->stage == Stage::Sql && !m_lead->closed;
    m_markWon->setEnabled(opportunity);
    m_markLost->setEnabled(opportunity);
    m_comment->setEnabled(ready());
}

void LeadActions::accept()
{
    if (refusedAsReadOnly() || !m_accept->isEnabled())
        return;
    const SelectedLead lead = *m_lead;
    LeadService service(m_session.database(), m_session.clock());
    finish(lead.id, service.accept(lead.id, m_session.user()->id, lead.version),
           tr("Could not accept %1").arg(lead.name));
}

void LeadActions::reject()
{
    if (refusedAsReadOnly() || !m_reject->isEnabled())
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
    if (refusedAsReadOnly() || !m_logActivity->isEnabled())
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
    if (refusedAsReadOnly() || !m_convert->isEnabled())
        return;
    const SelectedLead lead = *m_lead;
    const QString failure = tr("Could not convert %1").arg(lead.name);
    auto effective = AgreementService(m_session.database(), m_session.clock()).effective();
    if (!effective) {
        m_prompter.showError(failure, effective.error());
        return;
    }
    const QDate today = m_session.clock().now().toLocalTime().date();
    const auto choice = m_prompter.askConversion(lead.name, effective->definition.checklist, today);
    if (!choice)
        return;
    LeadService service(m_session.database(), m_session.clock());
    finish(lead.id, service.convert(lead.id, m_session.user()->id, choice->conversion, lead.version),
           failure);
}

void LeadActions::markWon()
{
    if (!refusedAsReadOnly() && m_markWon->isEnabled())
        close(true);
}

void LeadActions::markLost()
{
    if (!refusedAsReadOnly() && m_markLost->isEnabled())
        close(false);
}

void LeadActions::close(bool won)
{
    const SelectedLead lead = *m_lead;
    const auto reason = m_prompter.askClosing(lead.name, won);
    if (!reason)
        return;
    LeadService service(m_session.database(), m_session.clock());
    finish(lead.id, service.closeOpportunity(lead.id, m_session.user()->id, won, *reason, lead.version),
           won ? tr("Could not mark %1 won").arg(lead.name) : tr("Could not mark %1 lost").arg(lead.name));
}

void LeadActions::comment()
{
    if (refusedAsReadOnly() || !m_comment->isEnabled())
        return;
    const SelectedLead lead = *m_lead;
    const auto body = m_prompter.askComment(lead.name);
    if (!body)
        return;
    RejectionReviewService reviews(m_session.database(), m_session.clock());
    auto written = reviews.comment(lead.id, m_session.user()->id, *body);
    finish(lead.id, written ? Result<void>() : Result<void>(written.error()),
           tr("Could not comment on %1").arg(lead.name));
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
