#pragma once

#include "common/Result.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace baton {

class LeadCardView;
class QueueView;
class Session;

/// "Export CSV…" for the queue or list on show (its filter, its order, its columns) and "Export
/// lead as JSON…" for the lead on the card (with its whole history), each to a file chosen in a
/// save dialog, through the same core calls as `batonctl export`. A failure is told in a message
/// box; nothing is left half written.
class ExportActions : public QObject {
    Q_OBJECT

public:
    ExportActions(Session &session, QueueView &queue, LeadCardView &card, QWidget *parent);

    QAction *queueCsvAction() const { return m_queueCsv; }
    QAction *leadJsonAction() const { return m_leadJson; }

    /// Writes without asking.
    Result<qint64> exportQueue(const QString &path);
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

private:
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
};

} // namespace baton
