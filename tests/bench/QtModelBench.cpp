#include "BenchFile.h"

#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <malloc.h>

// The yardstick the issue names for the queue: what a typical Qt application does to show the same
// list sorted by urgency. A QSqlQueryModel runs the plain query (the open leads, with their
// campaign) through Qt's SQLite driver, and a QSortFilterProxyModel sorts it by the response due
// time. Sorting needs every row, so the model fetches them all before the first page can show.
// Argument 0: the busiest SDR's queue; 1: the whole team's open leads.

namespace baton::bench {
namespace {

constexpr int pageSize = 128;
constexpr int dueColumn = 9;

const QString connectionName = QStringLiteral("qt-model-bench");

QString queueSql(bool mine)
{
    return QStringLiteral(
               "SELECT l.id, l.name, l.title, l.company_name, l.email, l.stage, c.name, l.handoff_at, "
               "l.version, l.sla_due_at FROM leads l LEFT JOIN campaigns c ON c.id = l.campaign_id "
               "WHERE l.stage IN ('mql', 'sal')") +
           (mine ? QStringLiteral(" AND l.owner_id = ?") : QString());
}

/// Heap in use by this process, in MB (glibc): what the model and the proxy hold while alive.
double heapMegabytes()
{
    return static_cast<double>(mallinfo2().uordblks) / (1024.0 * 1024.0);
}

QSqlDatabase openConnection(const QString &path)
{
    if (QSqlDatabase::contains(connectionName))
        return QSqlDatabase::database(connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    db.open();
    return db;
}

void BM_QueueFirstPage_QtModel(benchmark::State &state)
{
    BenchFile *file = BenchFile::instance();
    if (file == nullptr) {
        state.SkipWithError("no bench file");
        return;
    }
    QSqlDatabase db = openConnection(file->path());
    if (!db.isOpen()) {
        state.SkipWithError(qPrintable(QStringLiteral("Qt's SQLite driver: %1").arg(db.lastError().text())));
        return;
    }
    const bool mine = state.range(0) == 0;
    qint64 rows = 0;
    double grewMb = 0;
    for (auto _ : state) {
        const double before = heapMegabytes();
        QSqlQuery query(db);
        query.prepare(queueSql(mine));
        if (mine)
            query.addBindValue(file->busiestSdr());
        if (!query.exec()) {
            state.SkipWithError(qPrintable(query.lastError().text()));
            return;
        }
        QSqlQueryModel model;
        model.setQuery(std::move(query));
        if (model.lastError().isValid()) {
            state.SkipWithError(qPrintable(model.lastError().text()));
            return;
        }
        while (model.canFetchMore())
            model.fetchMore();
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(dueColumn, Qt::AscendingOrder);
        for (int row = 0; row < std::min(pageSize, proxy.rowCount()); ++row) {
            for (int column = 0; column < proxy.columnCount(); ++column)
                benchmark::DoNotOptimize(proxy.index(row, column).data());
        }
        rows = model.rowCount();
        grewMb = std::max(grewMb, heapMegabytes() - before);
    }
    state.counters["queue_rows"] = static_cast<double>(rows);
    state.counters["heap_MB"] = grewMb;
    state.SetLabel(mine ? "busiest SDR's queue" : "team queue");
}

BENCHMARK(BM_QueueFirstPage_QtModel)->Unit(benchmark::kMillisecond)->Arg(0)->Arg(1)->Iterations(3);

} // namespace
} // namespace baton::bench
