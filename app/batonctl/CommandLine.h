#pragma once

#include "Command.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace baton::cli {

/// How a run was started.
struct RunOptions {
    bool interactive = false; ///< a person watches stderr: show progress
};

/// batonctl's entry point: global options, then one command. args[0] is the program name.
/// Returns the exit code (see ExitCode). Tests call it in-process.
int run(const QStringList &args, QTextStream &out, QTextStream &err, RunOptions options = {});

/// The top level: --db, --help, --version and the command list.
class CommandLine {
public:
    CommandLine();

    int run(const QStringList &args, QTextStream &out, QTextStream &err, RunOptions options);
    QString helpText() const;
    static QString versionText();

private:
    int usageError(QTextStream &err, const QString &message) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace baton::cli
