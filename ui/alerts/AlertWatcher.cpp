#include "alerts/AlertWatcher.h"

#include "format/AgeFormat.h"
#include "format/SlaFormat.h"
#include "services/SlaService.h"
#include "session/Session.h"
#include "storage/LeadRepository.h"

#include <QTimer>

namespace baton {

AlertWatcher::AlertWatcher(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalSeconds * 1000);
    connect(m_timer, &QTimer::timeout, this, &AlertWatcher::check);
    connect(&m_session, &Session::userChanged, this, &AlertWatcher::restart);
    m_timer->start();
}

void AlertWatcher::restart()
{
    m_seen.clear();
    m_baseline = true;
    check();
}

void AlertWatcher::check()
{
    const auto &user = m_session.user();
    if (!user) {
        m_alerts.clear();
        Q_EMIT alertsChanged(m_alerts);
        return;
    }
    const QDateTime now = m_session.clock().now();
    SlaService sla(m_session.database(), m_session.clock());
    auto running = sla.alertsFor(user->id, now);
    if (!running) {
        Q_EMIT checkFailed(running.error().message);
        return;
    }
    auto steps = sla.stepsForPerson(user->id, now.addDays(-1));
    if (!steps) {
        Q_EMIT checkFailed(steps.error().message);
        return;
    }
    LeadRepository leads(m_session.database());
    const auto nameOf = [&leads](qint64 leadId) {
        auto lead = leads.find(leadId);
        return lead ? lead->person.name : tr("lead %1").arg(leadId);
    };

    QList<Alert> alerts;
    for (const SlaService::Alert &found : *running) {
        Alert alert;
        alert.leadId = found.clock.leadId;
        alert.state = found.state;
        alert.at = *found.clock.dueAt;
        alert.key = QStringLiteral("%1:%2:%3")
                        .arg(found.clock.handoffId)
                        .arg(slaStateName(found.state))
                        .arg(user->id);
        const QString countdown = SlaFormat::countdown(*found.clock.dueAt, now);
        alert.title = found.state == SlaState::Breached ? tr("Overdue: %1").arg(nameOf(alert.leadId))
                                                        : tr("Due soon: %1").arg(nameOf(alert.leadId));
        alert.detail = tr("%1 tier, respond by %2 (%3)")
                           .arg(found.clock.tier, AgeFormat::full(*found.clock.dueAt), countdown);
        alerts.append(alert);
    }
    for (const EscalationStep &step : *steps) {
        Alert alert;
        alert.leadId = step.leadId;
        alert.state = step.kind == EscalationStep::Kind::Warn ? SlaState::DueSoon : SlaState::Breached;
        alert.at = step.at;
        alert.key = QStringLiteral("step:%1").arg(step.id);
        const QString who = nameOf(step.leadId);
        switch (step.kind) {
        case EscalationStep::Kind::Warn:
            alert.title = tr("Warning: %1").arg(who);
            break;
        case EscalationStep::Kind::Breach:
            alert.title = step.managerId == user->id ? tr("Breached on your team: %1").arg(who)
                                                     : tr("Breached: %1").arg(who);
            break;
        case EscalationStep::Kind::Reassign:
            alert.title =
                step.newOwnerId == user->id ? tr("Now yours: %1").arg(who) : tr("Taken back: %1").arg(who);
            break;
        }
        alert.detail = step.detail;
        alerts.append(alert);
    }
    for (const Alert &alert : alerts) {
        if (!m_seen.contains(alert.key)) {
            m_seen.insert(alert.key);
            if (!m_baseline)
                Q_EMIT alertRaised(alert);
        }
    }
    m_baseline = false;
    m_alerts = alerts;
    Q_EMIT alertsChanged(m_alerts);
}

} // namespace baton
