#include "ChildKiller.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>

#include <sys/stat.h>
#include <utility>

namespace baton::test {
namespace {

/// Size and modification time of a file, or nothing: what changes when SQLite writes to it.
struct FileMark {
    qint64 size = -1;
    qint64 modifiedNs = 0;
    bool operator==(const FileMark &) const = default;
};

FileMark mark(const QString &path)
{
    struct stat status {};
    if (::stat(path.toLocal8Bit().constData(), &status) != 0)
        return {};
    return {status.st_size, status.st_mtim.tv_sec * 1'000'000'000LL + status.st_mtim.tv_nsec};
}

} // namespace

ChildKiller::ChildKiller(QString program, QString databasePath, QString fileSystem)
    : m_program(std::move(program))
    , m_databasePath(std::move(databasePath))
    , m_fileSystem(std::move(fileSystem))
{}

/// Reads what the child wrote so far (waiting up to waitMs for more); false once it has ended.
bool ChildKiller::readLines(QProcess &process, ChildReport &report, int waitMs)
{
    if (!process.canReadLine())
        process.waitForReadyRead(waitMs);
    while (process.canReadLine()) {
        const QByteArray line = process.readLine().trimmed();
        if (line.startsWith("begin "))
            report.begun = line.mid(6).toInt() + 1;
        else if (line.startsWith("commit "))
            report.committed = line.mid(7).toInt() + 1;
    }
    return process.state() != QProcess::NotRunning;
}

/// Returns once the journal beside the file changes, a new line arrives, or the child ends.
void ChildKiller::waitForWrite(QProcess &process, ChildReport &report)
{
    const QString wal = m_databasePath + QStringLiteral("-wal");
    const QString journal = m_databasePath + QStringLiteral("-journal");
    const FileMark walBefore = mark(wal);
    const FileMark journalBefore = mark(journal);
    const int begun = report.begun;
    const int committed = report.committed;
    while (mark(wal) == walBefore && mark(journal) == journalBefore) {
        if (!readLines(process, report, 0) || report.begun != begun || report.committed != committed)
            return;
    }
}

ChildReport ChildKiller::run(const QStringList &arguments, std::optional<Kill> kill)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BATON_FILESYSTEM"), m_fileSystem);
    process.setProcessEnvironment(environment);
    process.start(m_program, arguments);

    ChildReport report;
    QElapsedTimer clock;
    QElapsedTimer sinceWrite;
    bool started = false;
    for (;;) {
        const bool running = readLines(process, report, 30'000);
        if (!started && report.begun > 0) {
            clock.start();
            started = true;
        }
        if (!running)
            break;
        if (kill && report.begun > kill->batch) {
            waitForWrite(process, report);
            sinceWrite.start();
            if (kill->watchOnly) {
                while (report.committed <= kill->batch && readLines(process, report, 0)) {
                }
                report.afterWrite = std::chrono::microseconds(sinceWrite.nsecsElapsed() / 1000);
                break;
            }
            QElapsedTimer delay;
            delay.start();
            // A spin, not a sleep: the kill should land within microseconds of its moment.
            while (delay.nsecsElapsed() < kill->delay.count() * 1000) {
            }
            if (process.state() != QProcess::NotRunning)
                process.kill();
            break;
        }
    }
    process.waitForFinished(30'000);
    readLines(process, report, 0);
    // A child that ended by itself just before the kill exited normally: not a kill.
    report.killed = process.exitStatus() == QProcess::CrashExit;
    if (!report.killed)
        report.exitCode = process.exitCode();
    report.errors = QString::fromLocal8Bit(process.readAllStandardError());
    if (started)
        report.elapsed = std::chrono::microseconds(clock.nsecsElapsed() / 1000);
    return report;
}

} // namespace baton::test
