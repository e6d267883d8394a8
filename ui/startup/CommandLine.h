#pragma once

#include "startup/LaunchOptions.h"

class QCoreApplication;

namespace baton {

/// `baton [--db FILE] [--user LOGIN] [--measure]`, plus --help and --version.
class CommandLine {
public:
    /// Parses the application's arguments; --help, --version and errors print and exit.
    static LaunchOptions parse(const QCoreApplication &app);
};

} // namespace baton
