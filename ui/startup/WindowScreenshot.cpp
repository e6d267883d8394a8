#include "startup/WindowScreenshot.h"

#include "audit/AuditDialog.h"
#include "audit/AuditModel.h"
#include "feedback/CalibrationPanel.h"
#include "mainwindow/MainWindow.h"
#include "queue/QueueFilterBar.h"
#include "queue/QueueModel.h"
#include "queue/QueueView.h"
#include "rejections/RejectionFilterBar.h"
#include "rejections/RejectionListModel.h"
#include "rejections/RejectionsWorkspace.h"
#include "review/ActionItemModel.h"
#include "review/AgendaModel.h"
#include "review/DecisionModel.h"
#include "review/MeetingPanel.h"
#include "review/ReviewFilterBar.h"
#include "review/ReviewWorkspace.h"
#include "session/Session.h"
#include "storage/LeadRepository.h"
#include "team/TeamWorkspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace baton {

WindowScreenshot::WindowScreenshot(Session &session, QString path)
    : m_session(session)
    , m_path(std::move(path))
{}

void WindowScreenshot::start(MainWindow &window)
{
    QTimer::singleShot(0, &window, [this, &window] { capture(window); });
}

void WindowScreenshot::capture(MainWindow &window) const
{
    // For the README's pictures: BATON_SCREENSHOT_PAGE=agreement|team|routing|alerts|rejections|review
    // shows that page; meeting the Review page in meeting mode; calibration the Rejections page's
    // Calibration tab for this quarter; opportunities shows My queue's converted leads; audit the
    // audit log with its latest entry selected.
    const QByteArray page = qgetenv("BATON_SCREENSHOT_PAGE");
    if (page == "opportunities") {
        QComboBox *stage = window.queueView()->filterBar()->stageCombo();
        stage->setCurrentIndex(stage->findData(static_cast<int>(Stage::Sql)));
    }
    window.queueView()->selectRow(showcaseRow(window));
    if (page == "audit") {
        AuditDialog dialog(m_session.database(), &window);
        dialog.show();
        dialog.table()->setCurrentIndex(dialog.model()->index(0, 0));
        QCoreApplication::processEvents();
        const bool saved = dialog.grab().save(m_path);
        if (!saved)
            std::fprintf(stderr, "baton: cannot write the screenshot to %s\n", qPrintable(m_path));
        QCoreApplication::exit(saved ? 0 : 1);
        return;
    }
    if (page == "rejections") {
        // The inbox is counted off the UI thread: the picture waits for it.
        const auto shown = [this, &window] {
            selectShowcaseRejection(window);
            QCoreApplication::processEvents(); // the tiles' new numbers are laid out before the picture
            save(window);
        };
        QObject::connect(window.rejectionsWorkspace(), &RejectionsWorkspace::inboxShown, &window, shown,
                         Qt::SingleShotConnection);
        window.showPage(MainWindow::Page::Rejections);
        return;
    }
    if (page == "calibration") {
        // A quarter's calibration by rule, with its suggestions, counted off the UI thread.
        RejectionsWorkspace *rejections = window.rejectionsWorkspace();
        QObject::connect(
            rejections->calibrationPanel(), &CalibrationPanel::calibrationShown, &window,
            [this, &window] { save(window); }, Qt::SingleShotConnection);
        window.showPage(MainWindow::Page::Rejections);
        QComboBox *period = rejections->filterBar()->periodCombo();
        period->setCurrentIndex(period->findData(static_cast<int>(RejectionPeriod::Kind::ThisQuarter)));
        QComboBox *by = rejections->calibrationPanel()->byCombo();
        by->setCurrentIndex(by->findData(static_cast<int>(FeedbackDimension::Rule)));
        rejections->tabs()->setCurrentIndex(1);
        return;
    }
    if (page == "review" || page == "meeting") {
        // Last week's review, complete, counted off the UI thread: the picture waits for it. In
        // meeting mode, with the first agenda item that has something recorded next to it.
        ReviewWorkspace *review = window.reviewWorkspace();
        const bool meeting = page == "meeting";
        QObject::connect(
            review, &ReviewWorkspace::shown, &window,
            [this, &window, review, meeting] {
                if (meeting)
                    selectShowcaseAgendaItem(*review->meetingPanel());
                save(window);
            },
            Qt::SingleShotConnection);
        window.showPage(MainWindow::Page::Review);
        review->setMeetingMode(meeting);
        review->filterBar()->weekCombo()->setCurrentIndex(1); // supersedes this week's count
        return;
    }
    if (page == "agreement")
        window.showPage(MainWindow::Page::Agreement);
    else if (page == "team" || page == "routing")
        window.showPage(MainWindow::Page::Team);
    if (page == "routing")
        window.teamWorkspace()->tabs()->setCurrentIndex(1);
    else if (page == "alerts")
        window.alertsDock()->show();
    save(window);
}

void WindowScreenshot::save(MainWindow &window) const
{
    QCoreApplication::processEvents();
    const bool saved = window.grab().save(m_path);
    if (!saved)
        std::fprintf(stderr, "baton: cannot write the screenshot to %s\n", qPrintable(m_path));
    QCoreApplication::exit(saved ? 0 : 1);
}

int WindowScreenshot::showcaseRow(MainWindow &window) const
{
    constexpr int candidates = 40;
    const QueueModel *model = window.queueView()->model();
    LeadRepository leads(m_session.database());
    for (int row = 0; row < std::min(candidates, model->rowCount()); ++row) {
        const QueueRow *queueRow = model->rowAt(row);
        auto card = queueRow ? leads.card(queueRow->id) : Result<LeadCard>(Error{});
        if (!card)
            continue;
        const auto &moments = card->story.moments();
        const bool asked = std::any_of(moments.begin(), moments.end(), [](const auto &moment) {
            return moment.type == EventType::WebinarQuestion;
        });
        if (asked)
            return row;
    }
    return 0;
}

void WindowScreenshot::selectShowcaseAgendaItem(MeetingPanel &panel)
{
    for (int row = 1; row < panel.agendaModel()->rowCount(); ++row) {
        panel.selectAgendaRow(row);
        if (panel.decisionModel()->rowCount() > 0 && panel.actionModel()->rowCount() > 0)
            return;
    }
    panel.selectAgendaRow(0);
}

void WindowScreenshot::selectShowcaseRejection(MainWindow &window)
{
    RejectionsWorkspace *rejections = window.rejectionsWorkspace();
    rejections->filterBar()->setStatusFilter(RejectionFilterBar::StatusFilter::All);
    const RejectionListModel *model = rejections->listModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const RejectionReview *review = model->reviewAt(row);
        if (!review->note.isEmpty() && review->status == ReviewStatus::Acknowledged) {
            rejections->listTable()->selectRow(row);
            rejections->listTable()->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
            return;
        }
    }
}

} // namespace baton
