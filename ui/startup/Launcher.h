#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

class QApplication;

namespace baton {

struct LaunchOptions;

/// Everything `baton` does between main() and the event loop: reads the command line,
/// creates the demo file on first run, opens the file (refusing what DatabaseOpener refuses,
/// without touching it), picks the user and shows the main window.
class Launcher {
    Q_DECLARE_TR_FUNCTIONS(Launcher)

public:
    /// sinceMain was started first thing in main(), for --measure.
    explicit Launcher(const QElapsedTimer &sinceMain);

    /// Returns the process exit code.
    int run(QApplication &app);

    /// Where the demo file lives: the app data folder.
    static QString defaultFilePath();

private:
    /// Tells the person (a message box, unless unattended) and stderr.
    static void fail(const LaunchOptions &options, const QString &title, const QString &message);

    const QElapsedTimer &m_sinceMain;
};

} // namespace baton
