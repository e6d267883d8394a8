#pragma once

#include "common/Result.h"
#include "services/ImpactPreview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace baton {

class BackgroundTask;
class ReasonImpactModel;
class Session;

/// The "Impact preview" tab: replays the last weeks under a stored draft or proposal, off the
/// UI thread on a connection of its own, and says what it would have changed: how many leads
/// handed over, how many of them the same, the acceptance rate, and the rejections by reason.
class ImpactPreviewPanel : public QWidget {
    Q_OBJECT

public:
    explicit ImpactPreviewPanel(Session &session, QWidget *parent = nullptr);

    /// Lists the stored versions again, keeping the one chosen.
    void refresh();
    /// Chooses a version by number; false when it is not listed.
    bool selectVersion(int number);
    /// Starts the preview of the chosen version over the chosen weeks.
    void preview();
    void cancel();

    QComboBox *versionCombo() const { return m_version; }
    QSpinBox *weeksSpin() const { return m_weeks; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    ReasonImpactModel *reasonModel() const { return m_reasonModel; }
    BackgroundTask *task() const { return m_task; }
    QString summaryText() const;

private:
    void showProgress(qint64 done, qint64 total);
    void showResult(const Result<ImpactPreview> &result);
    void setRunning(bool running);

    Session &m_session;
    QComboBox *m_version;
    QSpinBox *m_weeks;
    QPushButton *m_preview;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    ReasonImpactModel *m_reasonModel;
    QTableView *m_reasons;
    BackgroundTask *m_task;
};

} // namespace baton
