#pragma once

#include "common/Result.h"
#include "review/ReviewNumbers.h"
#include "services/ReviewLeadService.h"

#include <QWidget>

#include <optional>

class QChartView;
class QLabel;
class QPushButton;
class QTableView;

namespace baton {

class AcceptanceTrendChart;
class BackgroundTask;
class CompletenessChart;
class ContactHistogramChart;
class FunnelChart;
class MeetingPanel;
class ReviewExportButton;
class OwnerSlaChart;
class RejectionReasonsChart;
class ReviewChart;
class ReviewFilterBar;
class ReviewLeadModel;
class ReviewTiles;
class Session;

/// The joint weekly review on one page: a week and its filters, the numbers in tiles against
/// the week before, and charts of the trend, the funnel, the time to first contact, SLA
/// compliance by owner, rejection reasons and completeness by campaign. Clicking a bar or a
/// point says what is behind it below the charts and lists its handoffs. Everything is counted
/// off the UI thread on a connection of its own; a newer request supersedes one still running.
/// Meeting mode (Ctrl+Shift+M) adds the week's agenda, decisions and action items beside them.
class ReviewWorkspace : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewWorkspace)

public:
    explicit ReviewWorkspace(Session &session, QWidget *parent = nullptr);
    ~ReviewWorkspace() override;

    /// Reads the choices and counts the chosen week again (colleagues work in the same file).
    void refresh();

    /// The numbers last shown; empty before the first ones are counted.
    const std::optional<ReviewNumbers> &numbers() const { return m_numbers; }
    /// "Counting…" while a count runs, the failure when one failed; empty otherwise.
    QString status() const;
    /// What the detail panel says about the last bar or point clicked.
    QString detailText() const;

    ReviewFilterBar *filterBar() const { return m_filters; }
    ReviewTiles *tiles() const { return m_tiles; }
    AcceptanceTrendChart *trendChart() const { return m_trend; }
    FunnelChart *funnelChart() const { return m_funnel; }
    ContactHistogramChart *contactChart() const { return m_contact; }
    OwnerSlaChart *ownerChart() const { return m_owners; }
    RejectionReasonsChart *reasonsChart() const { return m_reasons; }
    CompletenessChart *completenessChart() const { return m_completeness; }
    QChartView *viewOf(ReviewChart *chart) const;
    BackgroundTask *task() const { return m_task; }
    BackgroundTask *leadTask() const { return m_leadTask; }
    ReviewLeadModel *leadModel() const { return m_leadModel; }
    QTableView *leadTable() const { return m_leadTable; }
    /// The handoffs of the last bar or point clicked: how many, and how many are listed.
    QString leadTitle() const;

    QPushButton *meetingButton() const { return m_meetingButton; }
    ReviewExportButton *exportButton() const { return m_export; }
    MeetingPanel *meetingPanel() const { return m_meeting; }
    /// Shows or hides the meeting's panel beside the numbers.
    void setMeetingMode(bool on);
    bool meetingMode() const;

Q_SIGNALS:
    /// The numbers were counted and shown (or their failure was).
    void shown();
    /// The handoffs behind a clicked bar or point were listed (or their failure was).
    void leadsShown();

private:
    QWidget *buildCharts();
    void loadChoices();
    void load();
    void showNumbers(const Result<ReviewNumbers> &numbers);
    void showDetail(ReviewChart *chart, const QString &detail, int index);
    void loadLeads();
    void showLeads(const Result<ReviewLeadService::Page> &page);
    /// Gives each row of charts the height its longest list of bars needs.
    void fitChartHeights();

    Session &m_session;
    ReviewFilterBar *m_filters;
    ReviewTiles *m_tiles;
    QLabel *m_status;
    AcceptanceTrendChart *m_trend;
    FunnelChart *m_funnel;
    ContactHistogramChart *m_contact;
    OwnerSlaChart *m_owners;
    RejectionReasonsChart *m_reasons;
    CompletenessChart *m_completeness;
    QLabel *m_detail;
    QLabel *m_leadHeading;
    ReviewLeadModel *m_leadModel;
    QTableView *m_leadTable;
    QPushButton *m_meetingButton;
    MeetingPanel *m_meeting;
    ReviewExportButton *m_export;
    BackgroundTask *m_task;
    BackgroundTask *m_leadTask;
    std::vector<std::pair<ReviewChart *, QChartView *>> m_views;

    std::optional<ReviewNumbers> m_numbers;
    bool m_stale = false;
    /// The handoffs to list: the period, the review's filter and the slice of the bar clicked.
    struct LeadRequest {
        QDateTime from;
        QDateTime to;
        ReviewFilter filter;
        ReviewSlice slice;
    };
    std::optional<LeadRequest> m_leadRequest;
    bool m_leadsStale = false;
};

} // namespace baton
