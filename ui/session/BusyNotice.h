#pragma once

#include "storage/BusyObserver.h"

#include <QObject>

namespace baton {

/// Turns a write's wait for a file another program has locked into signals for the window.
class BusyNotice
    : public QObject
    , public BusyObserver {
    Q_OBJECT

public:
    explicit BusyNotice(QObject *parent = nullptr)
        : QObject(parent)
    {}

    void waitingStarted() override { Q_EMIT waitingChanged(true); }
    void waitingEnded() override { Q_EMIT waitingChanged(false); }

Q_SIGNALS:
    void waitingChanged(bool waiting);
};

} // namespace baton
