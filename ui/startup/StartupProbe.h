#pragma once

#include <QElapsedTimer>

namespace baton {

class MainWindow;

/// The --measure run for benchmarks: once the window is shown with the first page of the
/// queue and the event loop is idle, prints interactive_ms=<n>; then scrolls the queue to its
/// last row, prints rss_mb_after_scroll=<n> and quits with 0.
class StartupProbe {
public:
    /// sinceMain was started first thing in main().
    explicit StartupProbe(const QElapsedTimer &sinceMain);

    /// Schedules the measurement; call right after the window is shown.
    void start(MainWindow &window);

    /// Milliseconds since the process started: from /proc when it tells (which includes
    /// loading the libraries), else since main().
    qint64 elapsedMs() const;
    /// Resident memory (VmRSS) in megabytes; -1 when unknown.
    /// A field of /proc/self/status in megabytes: VmRSS (resident now) or VmHWM (peak).
    static double residentMegabytes(const char *field = "VmRSS:");

private:
    static qint64 msSinceProcessStart();
    void report(MainWindow &window) const;

    const QElapsedTimer &m_sinceMain;
};

} // namespace baton
