#include "session/LiveRefresh.h"

#include "session/Session.h"

namespace baton {

LiveRefresh::LiveRefresh(Session &session, QObject *parent)
    : QObject(parent)
{
    if (auto watch = DataVersionWatch::start(session.database()))
        m_watch.emplace(std::move(watch).value());
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveRefresh::poll);
    if (m_watch)
        m_timer.start();
}

void LiveRefresh::poll()
{
    if (!m_watch)
        return;
    auto changed = m_watch->changed();
    if (changed && *changed)
        Q_EMIT changedElsewhere();
}

} // namespace baton
