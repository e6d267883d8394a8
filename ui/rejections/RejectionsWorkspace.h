#pragma once

#include "common/Result.h"
#include "feedback/FeedbackDimension.h"
#include "feedback/RejectionInbox.h"
#include "rejections/InboxSelection.h"
#include "rejections/RejectionPeriod.h"
#include "rejections/ReviewPrompter.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace baton {

class BackgroundTask;
class CalibrationPanel;
class InboxGroupModel;
class InboxSummary;
class RejectionDetail;
class RejectionFilterBar;
class RejectionListModel;
class Session;

/// Marketing's review of rejections on one page, for a period: the Inbox (the rejections in
/// tiles and grouped by reason, campaign, source, score band or owner against the weeks
/// before; the list of them, narrowed to a group when one is picked; the selected one with its
/// reason, context package, thread and the review steps) and the Calibration of the definition
/// over the same period. The inbox is counted off the UI thread on a connection of its own;
/// the list reads pages as it scrolls; the calibration is counted when its tab is shown.
class RejectionsWorkspace : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectionsWorkspace)

public:
    /// Without a prompter, review steps ask through dialogs.
    explicit RejectionsWorkspace(Session &session, std::unique_ptr<ReviewPrompter> prompter = {},
                                 QWidget *parent = nullptr);
    ~RejectionsWorkspace() override;

    /// Counts the inbox again and reads the list again (colleagues work in the same file).
    void refresh();

    /// Narrows the list to the group in this row of the groups table; -1 shows every group.
    void selectGroup(int row);
    void setGrouping(FeedbackDimension dimension);
    FeedbackDimension grouping() const;
    const std::optional<InboxSelection> &selection() const { return m_selection; }
    /// The inbox last shown; empty before the first one is counted.
    const std::optional<RejectionInbox> &inbox() const { return m_inbox; }

    RejectionFilterBar *filterBar() const { return m_filters; }
    InboxSummary *summary() const { return m_summary; }
    QComboBox *groupingCombo() const { return m_grouping; }
    InboxGroupModel *groupModel() const { return m_groupModel; }
    QTableView *groupTable() const { return m_groupTable; }
    RejectionListModel *listModel() const { return m_listModel; }
    QTableView *listTable() const { return m_listTable; }
    RejectionDetail *detail() const { return m_detail; }
    QTabWidget *tabs() const { return m_tabs; }
    CalibrationPanel *calibrationPanel() const { return m_calibration; }
    BackgroundTask *inboxTask() const { return m_task; }
    /// What the list area says when it has no rows ("No rejections in this period."); empty
    /// while it has some.
    QString listEmptyText() const;
    QString listTitle() const;

Q_SIGNALS:
    /// A review step moved a lead (recycled, reopened): views of the queue read again.
    void leadsChanged();
    /// The inbox was counted and shown (or its failure was).
    void inboxShown();

private:
    QWidget *buildGroupsPane();
    QWidget *buildListPane();
    QWidget *buildInboxTab();
    /// Hands the period to the Calibration tab when it shows and its numbers are not of it.
    void updateCalibration();
    void setUpTable(QTableView *table) const;
    void periodChanged();
    void loadInbox();
    void showInbox(const Result<RejectionInbox> &inbox);
    void showGroups();
    void groupActivated();
    /// Lists the query of the filters and the selection, keeping the selected review where it can.
    void loadList(bool keepLoaded);
    void selectReview(qint64 reviewId, int nearRow);
    void currentReviewChanged();
    void afterReview(qint64 reviewId);
    void updateListState();
    void chooseStatusForRole();

    Session &m_session;
    std::unique_ptr<ReviewPrompter> m_prompter;
    RejectionFilterBar *m_filters;
    InboxSummary *m_summary;
    QComboBox *m_grouping;
    QPushButton *m_everyGroup;
    InboxGroupModel *m_groupModel;
    QTableView *m_groupTable;
    QStackedWidget *m_groupStack;
    QLabel *m_groupsEmpty;
    QLabel *m_listHeading;
    RejectionListModel *m_listModel;
    QTableView *m_listTable;
    QStackedWidget *m_listStack;
    QLabel *m_listEmpty;
    RejectionDetail *m_detail;
    QLabel *m_message;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    CalibrationPanel *m_calibration;
    BackgroundTask *m_task;

    std::optional<RejectionInbox> m_inbox;
    RejectionPeriod m_inboxPeriod;
    std::optional<InboxSelection> m_selection;
    bool m_inboxStale = false;
    RejectionPeriod m_calibrationPeriod; ///< the period last handed to the Calibration tab
    bool m_calibrationStale = true;      ///< its numbers are not of the current period and file
    bool m_settingGroups = false;
    bool m_relisting = false;
};

} // namespace baton
