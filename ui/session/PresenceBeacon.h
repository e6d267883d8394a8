#pragma once

#include "domain/Presence.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <vector>

namespace baton {

class Session;

/// Tells the file that this app has it open (for the current user: on open, on a user change and
/// every 30 s), takes the entry away when the app closes, and keeps the list of who else has it
/// open. A read-only file is not written; its list is still read.
class PresenceBeacon : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenceBeacon)

public:
    explicit PresenceBeacon(Session &session, QObject *parent = nullptr);
    ~PresenceBeacon() override;

    static constexpr int defaultIntervalMs = 30'000;
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }

    /// Writes this app's heartbeat, then reads who else is there.
    void beat();
    /// Reads who else is there (after someone else wrote to the file).
    void updateOthers();

    const std::vector<Presence> &others() const { return m_others; }
    /// "Also open: Sam Rivera (SDR), Sally Brooks (Sales manager)", or empty when nobody else is.
    QString text() const;

Q_SIGNALS:
    void othersChanged(const QString &text);

private:
    Session &m_session;
    QString m_host;
    qint64 m_pid;
    QTimer m_timer;
    std::vector<Presence> m_others;
};

} // namespace baton
