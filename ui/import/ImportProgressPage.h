#pragma once

#include "import/ImportDraft.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace baton {

class BackgroundTask;
class Clock;

/// The wizard's third page: the import, run off the UI thread on a connection of its own, with
/// its progress and a Cancel button. It moves on to the summary when the import ends.
class ImportProgressPage : public QWizardPage {
    Q_OBJECT

public:
    ImportProgressPage(ImportDraft &draft, const QString &databasePath, const Clock &clock,
                       QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    /// Stops the import; nothing of it is kept.
    void cancel();
    bool isRunning() const;

    BackgroundTask *task() const { return m_task; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    /// Runs on the import's thread just before the import: tests stop it there.
    void setBeforeImport(std::function<void()> hook) { m_beforeImport = std::move(hook); }

Q_SIGNALS:
    void done();

private:
    void showProgress(qint64 done, qint64 total);
    void finish(const Result<ImportResult> &result);

    ImportDraft &m_draft;
    QString m_databasePath;
    const Clock &m_clock;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    BackgroundTask *m_task;
    std::function<void()> m_beforeImport;
    bool m_finished = false;
};

} // namespace baton
