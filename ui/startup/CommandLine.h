#pragma once

#include "startup/LaunchOptions.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace baton {

/// `baton [--db FILE] [--user LOGIN] [--measure]`, plus --help and --version.
class CommandLine {
public:
    /// Parses the application's arguments; --help, --version and errors print and exit.
    static LaunchOptions parse(const QCoreApplication &app);
    /// The same for the given arguments, the program name first.
    static LaunchOptions parse(const QStringList &arguments);
    /// True when the arguments hold --help, -h, --help-all or --version, -v: answered
    /// before a window system is needed.
    static bool asksForHelpOrVersion(int argc, const char *const *argv);
    /// What --version prints: "baton 0.1.0", the program's name and the project's version.
    static QString versionText();
};

} // namespace baton
