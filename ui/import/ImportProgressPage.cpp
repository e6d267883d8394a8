#include "import/ImportProgressPage.h"

#include "agreement/BackgroundTask.h"
#include "import/EventImporter.h"
#include "import/LeadImporter.h"
#include "storage/DatabaseOpener.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {
namespace {

/// On the task's thread: its own connection and file, then the import.
Result<ImportResult> runImport(const ImportDraft &draft, const QString &databasePath, const Clock &clock,
                               const TaskControl &control)
{
    QFile file(draft.path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorKind::Io,
            QObject::tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(draft.path), file.errorString()));
    }
    auto database = DatabaseOpener::open(databasePath, DatabaseOpener::Mode::MustExist);
    if (!database)
        return database.error();
    if (draft.kind == ImportKind::Leads)
        return LeadImporter(**database, clock).run(file, draft.mapping, draft.options, control);
    return EventImporter(**database, clock).run(file, draft.options, control, draft.mapping);
}

} // namespace

ImportProgressPage::ImportProgressPage(ImportDraft &draft, const QString &databasePath, const Clock &clock,
                                       QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_databasePath(databasePath)
    , m_clock(clock)
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel the import"), this))
    , m_task(new BackgroundTask(this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The whole file is written at once: if it is cancelled, nothing of it is kept."));
    m_message->setWordWrap(true);
    m_progress->setTextVisible(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressPage::cancel);
    connect(m_task, &BackgroundTask::progress, this, &ImportProgressPage::showProgress);
    connect(m_task, &BackgroundTask::failed, this,
            [this](const QString &message) { finish(makeError(ErrorKind::Storage, message)); });
}

void ImportProgressPage::initializePage()
{
    m_finished = false;
    m_draft.result.reset();
    m_draft.failure.clear();
    m_message->setText(tr("Reading %1\u2026").arg(QFileInfo(m_draft.path).fileName()));
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
    const ImportDraft draft = m_draft;
    const QString databasePath = m_databasePath;
    const Clock &clock = m_clock;
    const std::function<void()> before = m_beforeImport;
    m_task->start([this, draft, databasePath, &clock, before](const TaskControl &control) {
        if (before)
            before();
        auto result = runImport(draft, databasePath, clock, control);
        return BackgroundTask::Completion([this, result = std::move(result)] { finish(result); });
    });
}

bool ImportProgressPage::isComplete() const
{
    return m_finished;
}

void ImportProgressPage::cancel()
{
    if (!m_task->isRunning())
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
    m_message->setText(tr("Stopping the import\u2026"));
}

bool ImportProgressPage::isRunning() const
{
    return m_task->isRunning();
}

void ImportProgressPage::showProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(done >= total ? 1000 : done * 1000 / total));
    m_progress->setFormat(
        tr("%1 of %2 KB").arg(QLocale().toString(done / 1024), QLocale().toString(total / 1024)));
}

void ImportProgressPage::finish(const Result<ImportResult> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (result) {
        m_draft.result = *result;
    } else if (result.error().kind == ErrorKind::Cancelled) {
        m_draft.failure = tr("Cancelled: nothing was imported.");
    } else {
        m_draft.failure = tr("The import failed and nothing was imported: %1").arg(result.error().message);
    }
    m_cancel->setEnabled(false);
    Q_EMIT completeChanged();
    Q_EMIT done();
}

} // namespace baton
