#include "export/QueueCsv.h"

#include "common/CsvWriter.h"
#include "storage/QueueRepository.h"

#include <QDir>
#include <QSaveFile>

namespace baton {
namespace {

constexpr int pageSize = 1000;

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QStringList fields(const QueueRow &row)
{
    return {QString::number(row.id),
            row.name,
            row.email,
            row.company,
            row.title,
            stageName(row.stage),
            row.opportunityResult,
            row.campaign,
            isoTime(row.handoffAt),
            row.dueAt ? isoTime(*row.dueAt) : QString(),
            row.movedWithoutContact ? QStringLiteral("yes") : QString()};
}

Error cannotWrite(const QString &path, const QString &reason)
{
    return makeError(ErrorKind::Io, QStringLiteral("Cannot write %1: %2. Choose a folder you may write to.")
                                        .arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

QStringList QueueCsv::header()
{
    return {QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("email"),
            QStringLiteral("company"),
            QStringLiteral("title"),
            QStringLiteral("stage"),
            QStringLiteral("opportunity"),
            QStringLiteral("campaign"),
            QStringLiteral("handed_over_at"),
            QStringLiteral("respond_by"),
            QStringLiteral("moved_without_contact")};
}

Result<qint64> QueueCsv::write(Database &db, const QueueFilter &filter, QTextStream &out,
                               const TaskControl &control)
{
    QueueRepository queue(db);
    qint64 total = 0;
    if (control.onProgress) {
        auto counted = queue.count(filter);
        if (!counted)
            return counted.error();
        total = *counted;
    }
    CsvWriter csv(out);
    csv.writeRow(header());
    qint64 written = 0;
    std::optional<QueueKey> after;
    for (;;) {
        if (control.cancelled())
            return makeError(ErrorKind::Cancelled, QStringLiteral("The export was stopped."));
        auto page = queue.pageAfter(filter, after, pageSize);
        if (!page)
            return page.error();
        for (const QueueRow &row : *page)
            csv.writeRow(fields(row));
        written += static_cast<qint64>(page->size());
        control.report(written, total);
        if (static_cast<int>(page->size()) < pageSize)
            break;
        after = QueueRepository::keyOf(page->back());
    }
    out.flush();
    if (out.status() != QTextStream::Ok)
        return makeError(ErrorKind::Io, QStringLiteral("The export could not be written in full."));
    return written;
}

Result<qint64> QueueCsv::save(Database &db, const QueueFilter &filter, const QString &path,
                              const TaskControl &control)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    QTextStream out(&file);
    auto written = write(db, filter, out, control);
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return written;
}

} // namespace baton
