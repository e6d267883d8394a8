// baton_kill_child: the process the kill tests kill. It does one of Baton's long writes on a file,
// through the same core calls as batonctl and the desktop, in numbered batches (each its own
// transaction), and says on stdout when each batch begins and when it has committed:
//
//   baton_kill_child import FILE CSV_FOLDER BATCHES   imports CSV_FOLDER/batch-K.csv, K = 0.. in turn
//   baton_kill_child rescore FILE                     re-evaluates every lead against the effective
//   definition baton_kill_child route FILE BATCHES SIZE          routes SIZE waiting leads per batch
//   baton_kill_child migrate FILE                     opens an older file, which upgrades it
//   baton_kill_child lock FILE                        holds the file locked until stdin closes
//
// Lines: "begin K" before batch K starts, "commit K" once it is in the file, "locked" for lock.
// Errors go to stderr with exit code 2.

#include "common/FixedClock.h"
#include "import/ImportPreset.h"
#include "import/LeadImporter.h"
#include "services/ReevaluationService.h"
#include "services/RoutingService.h"
#include "storage/Database.h"
#include "storage/DatabaseOpener.h"
#include "support/TestData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

using namespace baton;

void say(const char *what, int batch)
{
    std::printf("%s %d\n", what, batch);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "baton_kill_child: %s\n", message.toLocal8Bit().constData());
    return 2;
}

int importBatches(Database &db, const Clock &clock, const QString &folder, int batches)
{
    LeadImporter importer(db, clock);
    for (int batch = 0; batch < batches; ++batch) {
        QFile csv(QDir(folder).filePath(QStringLiteral("batch-%1.csv").arg(batch)));
        if (!csv.open(QIODevice::ReadOnly))
            return fail(csv.errorString());
        say("begin", batch);
        auto imported = importer.run(csv, ImportPreset::hubspot());
        if (!imported)
            return fail(imported.error().message);
        say("commit", batch);
    }
    return 0;
}

int rescore(Database &db, const Clock &clock)
{
    say("begin", 0);
    auto run = ReevaluationService(db, clock).run(std::nullopt);
    if (!run)
        return fail(run.error().message);
    say("commit", 0);
    return 0;
}

int route(Database &db, const Clock &clock, int batches, int size)
{
    RoutingService routing(db, clock);
    for (int batch = 0; batch < batches; ++batch) {
        say("begin", batch);
        auto routed = routing.routePending(size);
        if (!routed)
            return fail(routed.error().message);
        if (static_cast<int>(routed->size()) != size)
            return fail(QStringLiteral("routed %1 leads, not %2").arg(routed->size()).arg(size));
        say("commit", batch);
    }
    return 0;
}

/// An exclusive lock on the file, the way a colleague's long write holds it: nobody else reads or
/// writes until it ends. Nothing is committed.
int holdLock(const QString &path)
{
    auto db = Database::openRaw(path, Database::Access::ReadWrite, false);
    if (!db)
        return fail(db.error().message);
    for (const char *sql :
         {"PRAGMA locking_mode = EXCLUSIVE", "BEGIN EXCLUSIVE", "UPDATE users SET name = name"}) {
        auto done = (*db)->exec(sql);
        if (!done)
            return fail(done.error().message);
    }
    std::printf("locked\n");
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) {
    }
    return (*db)->exec("ROLLBACK") ? 0 : 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return fail(QStringLiteral("usage: baton_kill_child OPERATION FILE [ARGS]"));
    const QString &operation = args.at(1);
    const QString &path = args.at(2);
    if (operation == QStringLiteral("lock"))
        return holdLock(path);
    if (operation == QStringLiteral("migrate")) {
        say("begin", 0);
        auto db = DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist);
        if (!db)
            return fail(db.error().message);
        say("commit", 0);
        return 0;
    }

    auto db = DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist);
    if (!db)
        return fail(db.error().message);
    const FixedClock clock(test::referenceTime());
    if (operation == QStringLiteral("import") && args.size() == 5)
        return importBatches(**db, clock, args.at(3), args.at(4).toInt());
    if (operation == QStringLiteral("rescore"))
        return rescore(**db, clock);
    if (operation == QStringLiteral("route") && args.size() == 5)
        return route(**db, clock, args.at(3).toInt(), args.at(4).toInt());
    return fail(QStringLiteral("unknown operation or arguments: %1").arg(args.mid(1).join(QLatin1Char(' '))));
}
