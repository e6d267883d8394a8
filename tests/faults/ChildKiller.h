#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace baton::test {

/// What a child process said about its batches before it ended.
struct ChildReport {
    bool killed = false;                     ///< SIGKILL ended it (rather than its own exit)
    int exitCode = -1;                       ///< when it exited by itself
    int begun = 0;                           ///< batches it started ("begin K" lines)
    int committed = 0;                       ///< batches it said were in the file ("commit K" lines)
    QString errors;                          ///< its stderr
    std::chrono::microseconds elapsed{0};    ///< from its first "begin" to its end
    std::chrono::microseconds afterWrite{0}; ///< from the watched batch's first write to its commit
};

/// Runs baton_kill_child on a Baton file and, when asked, kills it with SIGKILL while it writes:
/// once batch `batch` has begun and the file's journal (its -wal or -journal) shows a write, it
/// waits `delay` more and kills it. The journal is watched rather than a line awaited, so that the
/// kill lands inside the write, where a line could only land before or after it.
class ChildKiller {
public:
    struct Kill {
        int batch = 0;
        std::chrono::microseconds delay{0};
        bool watchOnly = false; ///< only measure afterWrite: let it run to the end
    };

    ChildKiller(QString program, QString databasePath, QString fileSystem);

    ChildReport run(const QStringList &arguments, std::optional<Kill> kill);

private:
    bool readLines(QProcess &process, ChildReport &report, int waitMs);
    void waitForWrite(QProcess &process, ChildReport &report);

    QString m_program;
    QString m_databasePath;
    QString m_fileSystem;
};

} // namespace baton::test
