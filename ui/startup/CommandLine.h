#pragma once

#include "startup/LaunchOptions.h"

class QCoreApplication;

namespace baton {

/// `baton [--db FILE] [--user LOGIN] [--measure]`, plus --help and --version.
class CommandLine {
public:
    /// Parses the application's arguments; --help, --version and errors print and exit.
    static LaunchOptions parse(const QCoreApplication &app);
    /// True when the arguments hold --help, -h, --help-all or --version, -v: answered
    /// before a window system is needed.
    static bool asksForHelpOrVersion(int argc, const char *const *argv);
};

} // namespace baton
