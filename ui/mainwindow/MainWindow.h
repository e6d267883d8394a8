#pragma once

#include "actions/LeadPrompter.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QDockWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace baton {

class AgreementWorkspace;
class AlertWatcher;
class BusyNotice;
class ExportActions;
class ImportActions;
class NotificationCentre;
class RejectionsWorkspace;
class ReviewWorkspace;
class TeamWorkspace;
class LeadActions;
class LeadCardView;
class LiveRefresh;
class PresenceBeacon;
class QueueView;
class Session;
class UserSwitcher;

/// The desktop window with five pages: My queue (the queue on the left, the lead's actions and
/// context card on the right), the Agreement (the lead definition both teams sign), the Team
/// (a manager's board and the routing setup), the Rejections (marketing's review of them) and
/// the Review (the joint weekly review's numbers and charts);
/// and the Alerts beside them, with a tray message for each new one. The toolbar switches pages
/// and users. It puts the views together and wires them up; the views do their own work.
class MainWindow : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Without a prompter, actions ask through dialogs.
    explicit MainWindow(Session &session, std::unique_ptr<LeadPrompter> prompter = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    QueueView *queueView() const { return m_queue; }
    LeadCardView *cardView() const { return m_card; }
    LeadActions *leadActions() const { return m_actions; }
    UserSwitcher *userSwitcher() const { return m_userSwitcher; }
    QSplitter *splitter() const { return m_splitter; }
    AgreementWorkspace *agreementWorkspace() const { return m_agreement; }
    TeamWorkspace *teamWorkspace() const { return m_team; }
    RejectionsWorkspace *rejectionsWorkspace() const { return m_rejections; }
    ReviewWorkspace *reviewWorkspace() const { return m_review; }
    NotificationCentre *notificationCentre() const { return m_alerts; }
    AlertWatcher *alertWatcher() const { return m_watcher; }
    QDockWidget *alertsDock() const { return m_alertsDock; }
    ExportActions *exportActions() const { return m_exports; }
    ImportActions *importActions() const { return m_imports; }
    /// "Read-only: <reason>. Changes are off." in the status bar; hidden when the file is writable.
    QLabel *readOnlyBanner() const { return m_readOnlyLabel; }
    /// Where the file lives and its journal ("network share (NFS): rollback journal, ..."); shown
    /// for a network share.
    QLabel *storageLabel() const { return m_storageLabel; }
    /// "Waiting for the file: a colleague is saving…" while a write waits for the file's lock.
    QLabel *waitingLabel() const { return m_waitingLabel; }
    /// "Also open: …", who else has the file open in Baton; hidden when nobody else does.
    QLabel *presenceLabel() const { return m_presenceLabel; }
    /// Notices writes by others to the file and reloads the open views.
    LiveRefresh *liveRefresh() const { return m_liveRefresh; }
    PresenceBeacon *presenceBeacon() const { return m_presence; }
    BusyNotice *busyNotice() const { return m_busyNotice; }

    /// The pages, with their shortcuts: Ctrl+1, Ctrl+2, Ctrl+3, (after the Alerts' Ctrl+4) Ctrl+5
    /// and Ctrl+6.
    enum class Page { Queue, Agreement, Team, Rejections, Review };
    void showPage(Page page);
    Page currentPage() const;

private:
    void buildToolBar();
    void buildMenus();
    void buildStatusBar();
    QWidget *buildCardPane();
    void showCurrentLead(qint64 leadId);
    void afterAction();
    /// After an import: the queue and the page on show read again.
    void afterImport();
    void reloadAfterOthersWrote();
    void showWaiting(bool waiting);
    void showPresence(const QString &text);
    void updateStatus();
    void showAbout();
    void showAuditLog();
    void buildAlerts();
    void announce(const QString &title, const QString &detail);

    Session &m_session;
    std::unique_ptr<LeadPrompter> m_prompter;
    QueueView *m_queue;
    LeadCardView *m_card;
    LeadActions *m_actions;
    UserSwitcher *m_userSwitcher;
    QSplitter *m_splitter;
    AgreementWorkspace *m_agreement;
    TeamWorkspace *m_team;
    RejectionsWorkspace *m_rejections;
    ReviewWorkspace *m_review;
    NotificationCentre *m_alerts;
    AlertWatcher *m_watcher;
    ExportActions *m_exports;
    ImportActions *m_imports;
    QDockWidget *m_alertsDock = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QStackedWidget *m_pages;
    QAction *m_queuePage = nullptr;
    QAction *m_agreementPage = nullptr;
    QAction *m_teamPage = nullptr;
    QAction *m_rejectionsPage = nullptr;
    QAction *m_reviewPage = nullptr;
    QAction *m_alertsAction = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_storageLabel = nullptr;
    QLabel *m_waitingLabel = nullptr;
    QLabel *m_presenceLabel = nullptr;
    BusyNotice *m_busyNotice = nullptr;
    LiveRefresh *m_liveRefresh = nullptr;
    PresenceBeacon *m_presence = nullptr;
};

} // namespace baton
