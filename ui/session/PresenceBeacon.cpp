#include "session/PresenceBeacon.h"

#include "common/Clock.h"
#include "domain/PresenceText.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/PresenceRepository.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace baton {

PresenceBeacon::PresenceBeacon(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_host(QSysInfo::machineHostName())
    , m_pid(QCoreApplication::applicationPid())
{
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PresenceBeacon::beat);
    connect(&session, &Session::userChanged, this, &PresenceBeacon::beat);
    m_timer.start();
    beat();
}

PresenceBeacon::~PresenceBeacon()
{
    if (!m_session.database().isReadOnly())
        (void)PresenceRepository(m_session.database()).leave(m_host, m_pid);
}

void PresenceBeacon::beat()
{
    const auto &user = m_session.user();
    if (user && !m_session.database().isReadOnly())
        (void)PresenceRepository(m_session.database()).beat(user->id, m_host, m_pid, m_session.clock().now());
    updateOthers();
}

void PresenceBeacon::updateOthers()
{
    auto others = PresenceRepository(m_session.database()).others(m_host, m_pid, m_session.clock().now());
    if (!others)
        return;
    const QString before = text();
    m_others = std::move(others).value();
    const QString after = text();
    if (after != before)
        Q_EMIT othersChanged(after);
}

QString PresenceBeacon::text() const
{
    return m_others.empty() ? QString() : tr("Also open: %1").arg(presenceList(m_others));
}

} // namespace baton
