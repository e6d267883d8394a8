#pragma once

#include "ExitCode.h"
#include "common/Result.h"
#include "storage/DatabaseOpener.h"

#include <QString>
#include <QTextStream>

#include <memory>

namespace baton {
class Clock;
class Database;
} // namespace baton

namespace baton::cli {

/// What every command works with: the output streams, "now", and the file named by --db.
class CommandContext {
public:
    CommandContext(QTextStream &out, QTextStream &err, const Clock &clock)
        : m_out(out)
        , m_err(err)
        , m_clock(clock)
    {}

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const Clock &clock() const { return m_clock; }

    /// The Baton file given with --db; empty when none was given.
    const QString &databasePath() const { return m_databasePath; }
    void setDatabasePath(const QString &path) { m_databasePath = path; }

    /// True when a person watches stderr (progress is shown); false in scripts and tests.
    bool interactive() const { return m_interactive; }
    void setInteractive(bool interactive) { m_interactive = interactive; }

    /// Prints "batonctl: message" on stderr; returns the exit code to end with.
    int fail(ExitCode code, const QString &message);
    /// The action was refused or failed (exit 1); a file that turns out locked, read-only or
    /// unreadable while acting still counts as the file's problem (exit 3).
    int actionFailed(const Error &error) { return fail(exitCodeFor(error), error.message); }
    /// The file was refused or could not be opened (exit 3).
    int fileRefused(const Error &error) { return fail(ExitCode::FileRefused, error.message); }

    /// The exit code for an error met while acting: 3 for the file's own problems, else 1.
    static ExitCode exitCodeFor(const Error &error);

    /// Opens the --db file the safe way (see DatabaseOpener).
    Result<std::unique_ptr<Database>> openFile(DatabaseOpener::Mode mode) const;

private:
    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    QString m_databasePath;
    bool m_interactive = false;
};

} // namespace baton::cli
