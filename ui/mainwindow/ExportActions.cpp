#include "mainwindow/ExportActions.h"

#include "agreement/BackgroundTask.h"
#include "card/LeadCardView.h"
#include "export/LeadExport.h"
#include "export/QueueCsv.h"
#include "queue/QueueModel.h"
#include "queue/QueueView.h"
#include "session/Session.h"
#include "storage/DatabaseOpener.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

namespace baton {
namespace {

/// On the task's thread: a read-only connection of its own, then the list, page by page.
Result<qint64> writeQueue(const QString &databasePath, const QueueFilter &filter, const QString &path,
                          const TaskControl &control)
{
    auto database = DatabaseOpener::open(databasePath, DatabaseOpener::Mode::ReadOnly);
    if (!database)
        return database.error();
    return QueueCsv::save(**database, filter, path, control);
}

} // namespace

ExportActions::ExportActions(Session &session, QueueView &queue, LeadCardView &card, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_queue(queue)
    , m_card(card)
    , m_parent(parent)
    , m_queueCsv(new QAction(tr("Export CSV\u2026"), this))
    , m_leadJson(new QAction(tr("Export lead as JSON\u2026"), this))
    , m_chooser([this](const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(m_parent, caption, suggested, filter);
    })
    , m_report(
          [this](const QString &message) { QMessageBox::warning(m_parent, tr("Not exported"), message); })
    , m_task(new BackgroundTask(this))
{
    m_queueCsv->setStatusTip(tr("The list on show, as filtered, as CSV for a spreadsheet"));
    m_leadJson->setStatusTip(tr("The lead on the card with its whole history, as JSON"));
    m_leadJson->setEnabled(false);
    connect(m_queueCsv, &QAction::triggered, this, &ExportActions::chooseQueue);
    connect(m_leadJson, &QAction::triggered, this, &ExportActions::chooseLead);
    connect(m_task, &BackgroundTask::progress, this, [this](qint64 done, qint64 total) {
        if (m_progress == nullptr || total <= 0)
            return;
        // The dialog counts in ints; a million rows fit, but keep it in thousandths to be sure.
        m_progress->setMaximum(1000);
        m_progress->setValue(static_cast<int>(done * 1000 / total));
    });
    connect(m_task, &BackgroundTask::failed, this, [this](const QString &message) {
        finishQueueExport(QString(), makeError(ErrorKind::Storage, message));
    });
}

void ExportActions::setLead(qint64 leadId)
{
    m_leadJson->setEnabled(leadId != 0);
}

QString ExportActions::suggested(const QString &name) const
{
    return QDir(QFileInfo(m_session.filePath()).absolutePath()).filePath(name);
}

bool ExportActions::startQueueExport(const QString &path)
{
    if (m_task->isRunning())
        return false;
    const QString databasePath = m_session.filePath();
    const QueueFilter filter = m_queue.model()->filter();
    const bool started = m_task->start([this, databasePath, filter, path](const TaskControl &control) {
        auto written = writeQueue(databasePath, filter, path, control);
        return BackgroundTask::Completion(
            [this, path, written = std::move(written)] { finishQueueExport(path, written); });
    });
    if (!started)
        return false;
    m_queueCsv->setEnabled(false);
    m_progress = new QProgressDialog(tr("Exporting the list to %1\u2026").arg(QFileInfo(path).fileName()),
                                     tr("Cancel"), 0, 0, m_parent);
    m_progress->setWindowTitle(tr("Export CSV"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400); // a short list is written before it would show
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportActions::cancelQueueExport);
    return true;
}

void ExportActions::cancelQueueExport()
{
    m_task->cancel();
}

bool ExportActions::isExportingQueue() const
{
    return m_task->isRunning();
}

void ExportActions::finishQueueExport(const QString &path, const Result<qint64> &written)
{
    if (m_progress != nullptr) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_queueCsv->setEnabled(true);
    if (written)
        Q_EMIT exported(path);
    else if (written.error().kind != ErrorKind::Cancelled)
        m_report(written.error().message);
    Q_EMIT queueExportEnded();
}

Result<void> ExportActions::exportLead(const QString &path)
{
    if (m_card.leadId() == 0)
        return makeError(ErrorKind::InvalidInput, tr("No lead is selected."));
    auto saved = LeadExport(m_session.database()).saveLead(m_card.leadId(), path);
    if (saved)
        Q_EMIT exported(path);
    return saved;
}

void ExportActions::chooseQueue()
{
    const QString path = m_chooser(tr("Export the list as CSV"), suggested(QStringLiteral("queue.csv")),
                                   tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    startQueueExport(path);
}

void ExportActions::chooseLead()
{
    const qint64 leadId = m_card.leadId();
    if (leadId == 0)
        return;
    const QString path =
        m_chooser(tr("Export the lead as JSON"), suggested(QStringLiteral("lead-%1.json").arg(leadId)),
                  tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (auto saved = exportLead(path); !saved)
        m_report(saved.error().message);
}

} // namespace baton
