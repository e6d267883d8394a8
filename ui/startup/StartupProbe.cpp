#include "startup/StartupProbe.h"

#include "mainwindow/MainWindow.h"
#include "queue/QueueModel.h"
#include "queue/QueueView.h"

#include <QCoreApplication>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace baton {

StartupProbe::StartupProbe(const QElapsedTimer &sinceMain)
    : m_sinceMain(sinceMain)
{}

void StartupProbe::start(MainWindow &window)
{
    // A zero timer runs once the events queued by show() (layout, first paint) are handled.
    QTimer::singleShot(0, &window, [this, &window] { report(window); });
}

void StartupProbe::report(MainWindow &window) const
{
    QCoreApplication::processEvents(); // anything the first paint queued
    std::printf("interactive_ms=%lld\n", static_cast<long long>(elapsedMs()));
    std::fflush(stdout);

    QTableView *table = window.queueView()->table();
    QueueModel *model = window.queueView()->model();
    // Scroll the way a person does, a page at a time to the end, painting every page: each
    // block of the queue is read once and the cache keeps only the most recent ones.
    QScrollBar *bar = table->verticalScrollBar();
    QElapsedTimer scrolling;
    scrolling.start();
    int pages = 0;
    while (bar->value() < bar->maximum()) {
        bar->setValue(std::min(bar->maximum(), bar->value() + bar->pageStep()));
        QCoreApplication::processEvents(); // paints the page, loading its block
        ++pages;
    }
    if (model->rowCount() > 0)
        model->rowAt(model->rowCount() - 1); // loaded even if nothing was painted
    std::printf("scroll_pages=%d\n", pages);
    std::printf("scroll_ms=%lld\n", static_cast<long long>(scrolling.elapsed()));
    std::printf("rss_mb_after_scroll=%.1f\n", residentMegabytes());
    std::printf("peak_rss_mb=%.1f\n", residentMegabytes("VmHWM:"));
    std::printf("queue_rows=%lld\n", static_cast<long long>(model->totalCount()));
    std::printf("cached_blocks=%d\n", model->cachedBlockCount());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

qint64 StartupProbe::elapsedMs() const
{
    return std::max(msSinceProcessStart(), m_sinceMain.elapsed());
}

qint64 StartupProbe::msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 2 (the command) may hold spaces: count fields after its closing parenthesis.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int startTimeField = 22 - 3; // field 22, counted from field 3
    if (fields.size() <= startTimeField)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields[startTimeField].toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = static_cast<qint64>(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
    return nowMs - startTicks * 1000 / ticksPerSecond;
}

double StartupProbe::residentMegabytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // Files in /proc report a size of 0: read them whole rather than asking atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field)) {
            const QByteArray kilobytes = line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0);
            return kilobytes.toDouble() / 1024.0;
        }
    }
    return -1;
}

} // namespace baton
