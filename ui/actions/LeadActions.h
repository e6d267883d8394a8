#pragma once

#include "common/Result.h"
#include "queue/SelectedLead.h"

#include <QObject>

#include <optional>

class QAction;

namespace baton {

class LeadPrompter;
class Session;

/// Accept, Reject…, Log activity…, Convert to opportunity…, Mark won… / Mark lost… and
/// Comment… for the selected lead: each enabled when the lifecycle allows it from the lead's
/// stage, each carried out through the core services with the version the queue read. On a
/// read-only file they are all off, and one asked for anyway is refused with the reason.
class LeadActions : public QObject {
    Q_OBJECT

public:
    LeadActions(Session &session, LeadPrompter &prompter, QObject *parent = nullptr);

    QAction *acceptAction() const { return m_accept; }
    QAction *rejectAction() const { return m_reject; }
    QAction *logActivityAction() const { return m_logActivity; }
    QAction *convertAction() const { return m_convert; }
    QAction *markWonAction() const { return m_markWon; }
    QAction *markLostAction() const { return m_markLost; }
    QAction *commentAction() const { return m_comment; }
    QList<QAction *> actions() const;

    /// The lead the actions work on; none disables them all.
    void setLead(std::optional<SelectedLead> lead);
    const std::optional<SelectedLead> &lead() const { return m_lead; }
    /// Whether the queue the lead was picked in is on screen: on another page the actions and
    /// their one-key shortcuts are off, so a key pressed there does not act on an unseen lead.
    void setQueueShown(bool shown);

    void accept();
    void reject();
    void logActivity();
    void convert();
    void markWon();
    void markLost();
    void comment();

Q_SIGNALS:
    /// An action was stored.
    void leadChanged(qint64 leadId);
    /// An action failed (and the person was told); what is shown of the lead may be stale.
    void leadStale(qint64 leadId);

private:
    QAction *makeAction(const QString &text, const QString &shortcut, const QString &tip);
    void updateEnabled();
    bool ready() const;
    /// On a read-only file: tells the person the change is off and returns true.
    bool refusedAsReadOnly();
    void close(bool won);
    void finish(qint64 leadId, const Result<void> &result, const QString &failure);

    Session &m_session;
    LeadPrompter &m_prompter;
    std::optional<SelectedLead> m_lead;
    bool m_queueShown = true;
    QAction *m_accept;
    QAction *m_reject;
    QAction *m_logActivity;
    QAction *m_convert;
    QAction *m_markWon;
    QAction *m_markLost;
    QAction *m_comment;
};

} // namespace baton
