#pragma once

#include "storage/DataVersionWatch.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace baton {

class Session;

/// Looks every few seconds (2 s unless told otherwise) whether someone else wrote to the open
/// file, and says so, so that the open views read themselves again. One PRAGMA per look.
class LiveRefresh : public QObject {
    Q_OBJECT

public:
    explicit LiveRefresh(Session &session, QObject *parent = nullptr);

    static constexpr int defaultIntervalMs = 2000;
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }
    bool isActive() const { return m_timer.isActive(); }

    /// Looks now; emits changedElsewhere when another connection committed since the last look.
    void poll();

Q_SIGNALS:
    void changedElsewhere();

private:
    std::optional<DataVersionWatch> m_watch;
    QTimer m_timer;
};

} // namespace baton
