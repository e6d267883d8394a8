#include "startup/DemoFileBuilder.h"

#include "demo/DemoGenerator.h"
#include "storage/DatabaseOpener.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace baton {

Result<DemoFileBuilder::Outcome> DemoFileBuilder::build(const QString &path, qint64 leads,
                                                        const QDateTime &now, QWidget *parent)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return makeError(ErrorKind::Io, tr("Cannot create the folder %1 for the demo file. Check that "
                                           "you may write there.")
                                            .arg(QDir::toNativeSeparators(folder)));
    }
    const QString partial = path + QStringLiteral(".part");
    removeWithCompanions(partial);

    QProgressDialog progress(tr("Creating a demo file with %1 leads…").arg(QLocale().toString(leads)),
                             tr("Cancel"), 0, static_cast<int>(leads), parent);
    progress.setWindowTitle(tr("Baton"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setValue(0);

    std::atomic<bool> cancelled{false};
    std::optional<Error> failure;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });

    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto opened = DatabaseOpener::open(partial, DatabaseOpener::Mode::CreateIfMissing);
        if (!opened) {
            failure = opened.error();
            return;
        }
        DemoOptions options;
        options.leads = leads;
        options.seed = 1;
        options.now = now;
        options.progress = [&](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                &progress,
                [&progress, done, total] {
                    progress.setMaximum(static_cast<int>(total));
                    progress.setValue(static_cast<int>(done));
                },
                Qt::QueuedConnection);
            return !cancelled.load();
        };
        auto generated = DemoGenerator::generate(**opened, options);
        if (!generated && !cancelled)
            failure = generated.error();
        // The connection closes here, in the thread that used it.
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();

    if (cancelled) {
        removeWithCompanions(partial);
        return Outcome::Cancelled;
    }
    if (failure) {
        removeWithCompanions(partial);
        return *failure;
    }
    if (!QFile::rename(partial, path)) {
        removeWithCompanions(partial);
        return makeError(ErrorKind::Io,
                         tr("Cannot move the new demo file to %1.").arg(QDir::toNativeSeparators(path)));
    }
    return Outcome::Created;
}

void DemoFileBuilder::removeWithCompanions(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace baton
