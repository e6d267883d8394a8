#pragma once

#include "common/Result.h"
#include "services/ReevaluationService.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace baton {

class BackgroundTask;
class Session;

/// Re-evaluates the nurture leads under the effective definition, off the UI thread on a
/// connection of its own, with progress and Cancel. While the effective version has not been
/// applied yet it shows as a banner with a "Re-evaluate nurture leads" button; afterwards it says
/// what happened ("1,204 of 48,311 nurture leads handed over under version 3") or that nothing
/// changed because it was cancelled.
class ReevaluationPanel : public QFrame {
    Q_OBJECT

public:
    explicit ReevaluationPanel(Session &session, QWidget *parent = nullptr);

    /// Asks whether a re-evaluation is pending and shows or hides the banner.
    void refresh();
    /// Starts the re-evaluation as the current user; false when one runs already.
    bool start();
    void cancel();
    bool isRunning() const;

    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    BackgroundTask *task() const { return m_task; }
    QString messageText() const;

Q_SIGNALS:
    /// A re-evaluation handed leads over: the queue has new MQLs.
    void leadsChanged();
    /// A run ended (handed over, cancelled or failed).
    void finished();

private:
    void showProgress(qint64 done, qint64 total);
    void showResult(const Result<Reevaluation> &result);
    void showPending(bool pending);
    void setRunning(bool running);
    void showMessage(const QString &text, bool error = false);

    Session &m_session;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_dismiss;
    BackgroundTask *m_task;
};

} // namespace baton
