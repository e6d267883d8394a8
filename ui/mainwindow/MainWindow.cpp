#include "mainwindow/MainWindow.h"

#include "actions/DialogPrompter.h"
#include "actions/LeadActions.h"
#include "agreement/AgreementWorkspace.h"
#include "alerts/AlertWatcher.h"
#include "alerts/NotificationCentre.h"
#include "audit/AuditDialog.h"
#include "card/LeadCardView.h"
#include "import/ImportActions.h"
#include "mainwindow/ExportActions.h"
#include "mainwindow/UserSwitcher.h"
#include "queue/QueueFilterBar.h"
#include "queue/QueueModel.h"
#include "queue/QueueView.h"
#include "rejections/RejectionsWorkspace.h"
#include "review/ReviewWorkspace.h"
#include "session/BusyNotice.h"
#include "session/LiveRefresh.h"
#include "session/PresenceBeacon.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/OpenStateText.h"
#include "storage/UserRepository.h"
#include "team/TeamWorkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace baton {

MainWindow::MainWindow(Session &session, std::unique_ptr<LeadPrompter> prompter, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_prompter(prompter ? std::move(prompter) : std::make_unique<DialogPrompter>(this))
    , m_queue(new QueueView(session, this))
    , m_card(new LeadCardView(session, this))
    , m_actions(new LeadActions(session, *m_prompter, this))
    , m_userSwitcher(new UserSwitcher(session, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_agreement(new AgreementWorkspace(session, this))
    , m_team(new TeamWorkspace(session, this))
    , m_rejections(new RejectionsWorkspace(session, {}, this))
    , m_review(new ReviewWorkspace(session, this))
    , m_alerts(new NotificationCentre(this))
    , m_watcher(new AlertWatcher(session, this))
    , m_exports(new ExportActions(session, *m_queue, *m_card, this))
    , m_imports(new ImportActions(session, this))
    , m_pages(new QStackedWidget(this))
{
    const QString fileName = QFileInfo(session.filePath()).fileName();
    setWindowTitle(session.database().openState().isReadOnlyFile()
                       ? tr("Baton — %1 (read-only)").arg(fileName)
                       : tr("Baton — %1").arg(fileName));
    setWindowFilePath(session.filePath());
    resize(1280, 800);

    m_splitter->addWidget(m_queue);
    m_splitter->addWidget(buildCardPane());
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 520});
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_agreement);
    m_pages->addWidget(m_team);
    m_pages->addWidget(m_rejections);
    m_pages->addWidget(m_review);
    setCentralWidget(m_pages);

    buildAlerts();
    buildToolBar();
    buildMenus();
    buildStatusBar();

    if (auto users = UserRepository(session.database()).all())
        m_userSwitcher->setUsers(std::move(users).value());
    else
        statusBar()->showMessage(users.error().message);

    connect(m_queue, &QueueView::currentLeadChanged, this, &MainWindow::showCurrentLead);
    connect(m_queue, &QueueView::countChanged, this, &MainWindow::updateStatus);
    connect(m_queue, &QueueView::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_actions, &LeadActions::leadChanged, this, &MainWindow::afterAction);
    connect(m_actions, &LeadActions::leadStale, this, &MainWindow::afterAction);
    connect(&m_session, &Session::userChanged, this, &MainWindow::updateStatus);
    connect(m_agreement, &AgreementWorkspace::leadsChanged, this, &MainWindow::afterAction);
    connect(m_team, &TeamWorkspace::leadsChanged, this, &MainWindow::afterAction);
    connect(m_rejections, &RejectionsWorkspace::leadsChanged, this, &MainWindow::afterAction);
    connect(m_imports, &ImportActions::imported, this, &MainWindow::afterImport);

    // A write that finds the file locked says so while it waits; others' writes reload the views.
    m_busyNotice = new BusyNotice(this);
    m_session.database().busyRetry().setObserver(m_busyNotice);
    connect(m_busyNotice, &BusyNotice::waitingChanged, this, &MainWindow::showWaiting);
    m_liveRefresh = new LiveRefresh(m_session, this);
    connect(m_liveRefresh, &LiveRefresh::changedElsewhere, this, &MainWindow::reloadAfterOthersWrote);
    m_presence = new PresenceBeacon(m_session, this);
    connect(m_presence, &PresenceBeacon::othersChanged, this, &MainWindow::showPresence);
    showPresence(m_presence->text());

    const auto current = m_queue->selectedLead();
    showCurrentLead(current ? current->id : 0);
    updateStatus();
    m_queue->table()->setFocus();
}

MainWindow::~MainWindow()
{
    m_session.database().busyRetry().setObserver(nullptr);
}

QWidget *MainWindow::buildCardPane()
{
    auto *pane = new QWidget(this);
    auto *toolBar = new QToolBar(tr("Lead actions"), pane);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addActions(m_actions->actions());
    toolBar->addSeparator();
    toolBar->addAction(m_exports->leadJsonAction());

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 8, 8, 0);
    layout->setSpacing(2);
    layout->addWidget(toolBar);
    layout->addWidget(m_card, 1);
    return pane;
}

void MainWindow::buildToolBar()
{
    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *pages = new QActionGroup(this);
    m_queuePage = pages->addAction(tr("My queue"));
    m_queuePage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_queuePage->setToolTip(tr("Your open leads and their context cards (Ctrl+1)"));
    m_agreementPage = pages->addAction(tr("Agreement"));
    m_agreementPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_agreementPage->setToolTip(tr("The lead definition marketing and sales sign (Ctrl+2)"));
    m_teamPage = pages->addAction(tr("Team"));
    m_teamPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_teamPage->setToolTip(tr("Leads that need a manager, and the routing setup (Ctrl+3)"));
    m_rejectionsPage = pages->addAction(tr("Rejections"));
    m_rejectionsPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_rejectionsPage->setToolTip(tr("Why leads were turned down, by reason, campaign and owner, and "
                                    "marketing's review of each (Ctrl+5)"));
    m_reviewPage = pages->addAction(tr("Review"));
    m_reviewPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    m_reviewPage->setToolTip(tr("The joint weekly review: the week's numbers against the week before, "
                                "with their trend, by owner and by campaign (Ctrl+6)"));
    for (QAction *page : {m_queuePage, m_agreementPage, m_teamPage, m_rejectionsPage, m_reviewPage}) {
        page->setCheckable(true);
        toolBar->addAction(page);
    }
    m_queuePage->setChecked(true);
    connect(m_queuePage, &QAction::triggered, this, [this] { showPage(Page::Queue); });
    connect(m_agreementPage, &QAction::triggered, this, [this] { showPage(Page::Agreement); });
    connect(m_teamPage, &QAction::triggered, this, [this] { showPage(Page::Team); });
    connect(m_rejectionsPage, &QAction::triggered, this, [this] { showPage(Page::Rejections); });
    connect(m_reviewPage, &QAction::triggered, this, [this] { showPage(Page::Review); });
    toolBar->addSeparator();
    toolBar->addAction(m_alertsAction);

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_userSwitcher);
}

void MainWindow::showPage(Page page)
{
    m_actions->setQueueShown(page == Page::Queue);
    switch (page) {
    case Page::Agreement:
        m_agreement->refresh();
        m_pages->setCurrentWidget(m_agreement);
        m_agreementPage->setChecked(true);
        return;
    case Page::Team:
        m_team->refresh();
        m_pages->setCurrentWidget(m_team);
        m_teamPage->setChecked(true);
        return;
    case Page::Rejections:
        m_rejections->refresh();
        m_pages->setCurrentWidget(m_rejections);
        m_rejectionsPage->setChecked(true);
        m_rejections->listTable()->setFocus();
        return;
    case Page::Review:
        m_review->refresh();
        m_pages->setCurrentWidget(m_review);
        m_reviewPage->setChecked(true);
        return;
    case Page::Queue:
        m_pages->setCurrentWidget(m_splitter);
        m_queuePage->setChecked(true);
        m_queue->table()->setFocus();
        return;
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    if (m_pages->currentWidget() == m_agreement)
        return Page::Agreement;
    if (m_pages->currentWidget() == m_rejections)
        return Page::Rejections;
    if (m_pages->currentWidget() == m_review)
        return Page::Review;
    return m_pages->currentWidget() == m_team ? Page::Team : Page::Queue;
}

void MainWindow::buildAlerts()
{
    m_alertsDock = new QDockWidget(tr("Alerts"), this);
    m_alertsDock->setObjectName(QStringLiteral("alertsDock"));
    m_alertsDock->setWidget(m_alerts);
    m_alertsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_alertsDock);
    m_alertsDock->hide();
    m_alertsAction = m_alertsDock->toggleViewAction();
    m_alertsAction->setText(tr("Alerts"));
    m_alertsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_alertsAction->setToolTip(tr("Your leads due soon or overdue, and escalations sent to you (Ctrl+4)"));

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(windowTitle());
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_alertsDock->show();
            raise();
            activateWindow();
        });
    }
    connect(m_watcher, &AlertWatcher::alertsChanged, this, [this](const QList<Alert> &alerts) {
        m_alerts->setAlerts(alerts);
        m_alertsAction->setText(alerts.isEmpty() ? tr("Alerts") : tr("Alerts (%1)").arg(alerts.size()));
    });
    connect(m_watcher, &AlertWatcher::alertRaised, this,
            [this](const Alert &alert) { announce(alert.title, alert.detail); });
    connect(m_watcher, &AlertWatcher::checkFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_alerts, &NotificationCentre::leadActivated, this, [this](qint64 leadId) {
        showPage(Page::Queue);
        m_card->showLead(leadId);
    });
    m_watcher->check();
}

void MainWindow::announce(const QString &title, const QString &detail)
{
    statusBar()->showMessage(title + QStringLiteral(" — ") + detail, 30000);
    if (m_tray != nullptr)
        m_tray->showMessage(title, detail, QSystemTrayIcon::Warning, 15000);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_exports->queueCsvAction());
    file->addAction(m_exports->leadJsonAction());
    file->addSeparator();
    file->addAction(m_imports->leadsAction());
    file->addAction(m_imports->eventsAction());
    file->addSeparator();
    // The queue's own menu: right-click the list.
    m_queue->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_queue->table()->addAction(m_exports->queueCsvAction());
    m_queue->table()->addAction(m_exports->leadJsonAction());
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_queuePage);
    view->addAction(m_agreementPage);
    view->addAction(m_teamPage);
    view->addAction(m_rejectionsPage);
    view->addAction(m_reviewPage);
    view->addAction(m_alertsAction);
    QAction *audit = view->addAction(tr("A&udit log…"), this, &MainWindow::showAuditLog);
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    audit->setToolTip(
        tr("Every change: who made it, when, from where, and what it was before (Ctrl+Shift+A)"));
    view->addSeparator();
    QAction *find = view->addAction(tr("&Find in queue"), this, [this] {
        showPage(Page::Queue);
        m_queue->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *refresh = view->addAction(tr("&Refresh"), m_queue, &QueueView::refresh);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *lead = menuBar()->addMenu(tr("&Lead"));
    lead->addActions(m_actions->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Baton"), this, &MainWindow::showAbout);
}

void MainWindow::showAuditLog()
{
    auto *dialog = new AuditDialog(m_session.database(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::buildStatusBar()
{
    m_pathLabel = new QLabel(this);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString path = QFileInfo(m_session.filePath()).absoluteFilePath();
    const QString home = QDir::homePath() + QLatin1Char('/');
    m_pathLabel->setText(QDir::toNativeSeparators(
        path.startsWith(home) ? QStringLiteral("~/") + path.mid(home.size()) : path));
    const OpenState &state = m_session.database().openState();
    m_pathLabel->setToolTip(
        QStringLiteral("%1\n%2").arg(QDir::toNativeSeparators(path), OpenStateText::storage(state)));
    m_readOnlyLabel = new QLabel(OpenStateText::readOnlyBanner(state), this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("QLabel { color: #7a4b00; background: #fff4d6; "
                                                  "padding: 1px 6px; font-weight: bold; }"));
    m_readOnlyLabel->setVisible(state.isReadOnlyFile());
    m_storageLabel = new QLabel(OpenStateText::storage(state), this);
    m_storageLabel->setObjectName(QStringLiteral("storageLabel"));
    m_storageLabel->setVisible(state.mount.isNetwork());
    m_countLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    statusBar()->addWidget(m_readOnlyLabel);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_storageLabel);
    m_waitingLabel = new QLabel(tr("Waiting for the file: a colleague is saving…"), this);
    m_waitingLabel->setObjectName(QStringLiteral("waitingLabel"));
    m_waitingLabel->setVisible(false);
    m_presenceLabel = new QLabel(this);
    m_presenceLabel->setObjectName(QStringLiteral("presenceLabel"));
    m_presenceLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_waitingLabel);
    statusBar()->addPermanentWidget(m_presenceLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::showCurrentLead(qint64 leadId)
{
    m_actions->setLead(m_queue->selectedLead());
    m_exports->setLead(leadId);
    if (leadId != 0)
        m_card->showLead(leadId);
    else if (m_queue->model()->rowCount() == 0)
        m_card->showEmptyQueue();
    else
        m_card->showNothingSelected();
}

void MainWindow::afterAction()
{
    // The queue reads itself again and selects the lead (or the one that took its place),
    // which reloads the card and the actions.
    m_queue->refresh();
}

void MainWindow::reloadAfterOthersWrote()
{
    afterAction();
    switch (currentPage()) {
    case Page::Agreement:
        m_agreement->refresh();
        break;
    case Page::Team:
        m_team->refresh();
        break;
    case Page::Rejections:
        m_rejections->refresh();
        break;
    case Page::Review:
        m_review->refresh();
        break;
    case Page::Queue:
        break;
    }
    m_watcher->check();
    m_presence->updateOthers();
}

void MainWindow::showWaiting(bool waiting)
{
    m_waitingLabel->setVisible(waiting);
    // The wait blocks this thread: paint the notice now rather than after the write.
    statusBar()->repaint();
}

void MainWindow::showPresence(const QString &text)
{
    m_presenceLabel->setText(text);
    m_presenceLabel->setVisible(!text.isEmpty());
}

void MainWindow::afterImport()
{
    m_queue->refresh();
    m_watcher->check();
    if (currentPage() != Page::Queue)
        showPage(currentPage());
}

void MainWindow::updateStatus()
{
    const qint64 count = m_queue->model()->totalCount();
    if (m_queue->filterBar()->filter().stage == Stage::Sql) {
        m_countLabel->setText(count == 1 ? tr("1 opportunity")
                                         : tr("%1 opportunities").arg(QLocale().toString(count)));
    } else {
        m_countLabel->setText(count == 1 ? tr("1 lead in queue")
                                         : tr("%1 leads in queue").arg(QLocale().toString(count)));
    }
    const auto &user = m_session.user();
    m_userLabel->setText(user ? tr("%1 (%2)").arg(user->name, roleLabel(user->role)) : tr("No user chosen"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Baton"),
                       tr("<h3>Baton %1</h3><p>The desktop cockpit for the moment a lead passes from "
                          "marketing to sales.</p><p>File: %2</p>")
                           .arg(QApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_session.filePath()).toHtmlEscaped()));
}

} // namespace baton
