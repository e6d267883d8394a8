#pragma once

#include "common/Result.h"

#include <QObject>

#include <functional>

class QAction;
class QProgressDialog;
class QWidget;

namespace baton {

class BackgroundTask;
class LeadCardView;
class QueueView;
class Session;

/// "Export CSV…" for the queue or list on show (its filter, its order, its columns) and "Export
/// lead as JSON…" for the lead on the card (with its whole history), each to a file chosen in a
/// save dialog, through the same core calls as `batonctl export`. A failure is told in a message
/// box; nothing is left half written.
///
/// The list is written off the UI thread, on a connection of its own, since a team's list can hold
/// a million leads: a progress dialog shows how far it got once it takes longer than a moment, and
/// its Cancel stops the export and leaves any file already at the path as it was.
class ExportActions : public QObject {
    Q_OBJECT

public:
    ExportActions(Session &session, QueueView &queue, LeadCardView &card, QWidget *parent);

    QAction *queueCsvAction() const { return m_queueCsv; }
    QAction *leadJsonAction() const { return m_leadJson; }

    /// Writes the list on show without asking, in the background; queueExportEnded() follows.
    /// False (nothing started) while an export runs.
    bool startQueueExport(const QString &path);
    /// Stops the export that runs; nothing is written.
    void cancelQueueExport();
    bool isExportingQueue() const;
    Result<void> exportLead(const QString &path);

    /// (caption, suggested path, name filter) to a path, empty when the person cancels. A save
    /// dialog by default; tests replace it.
    using FileChooser = std::function<QString(const QString &, const QString &, const QString &)>;
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    /// Shows a failure; a message box by default.
    using FailureReporter = std::function<void(const QString &)>;
    void setFailureReporter(FailureReporter reporter) { m_report = std::move(reporter); }

    /// The lead on the card changed (0: none): the JSON export follows it.
    void setLead(qint64 leadId);

Q_SIGNALS:
    void exported(const QString &path);
    /// The list's export ended: written (exported() came first), failed (reported), or cancelled.
    void queueExportEnded();

private:
    void finishQueueExport(const QString &path, const Result<qint64> &written);
    void chooseQueue();
    void chooseLead();
    QString suggested(const QString &name) const;

    Session &m_session;
    QueueView &m_queue;
    LeadCardView &m_card;
    QWidget *m_parent;
    QAction *m_queueCsv;
    QAction *m_leadJson;
    FileChooser m_chooser;
    FailureReporter m_report;
    BackgroundTask *m_task;
    QProgressDialog *m_progress = nullptr;
};

} // namespace baton
