#pragma once

#include <QString>

namespace baton {

/// What the command line asked the desktop app to do.
struct LaunchOptions {
    QString databasePath;     ///< --db; empty: the demo file in the app data folder
    QString userLogin;        ///< --user; empty: remembered choice or ask
    bool measure = false;     ///< --measure: print startup time and memory, then quit
    QString screenshotPath;   ///< --screenshot: save the window as an image, then quit
    qint64 demoLeads = 20000; ///< --demo-leads: size of a demo file created on first run
    bool demoLeadsGiven = false;

    /// Runs without a person at the screen: no questions, no message boxes.
    bool unattended() const { return measure || !screenshotPath.isEmpty(); }
};

} // namespace baton
