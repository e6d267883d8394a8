#pragma once

#include "meeting/ActionItem.h"
#include "meeting/AgendaItem.h"
#include "meeting/ReviewDecision.h"
#include "metrics/ReviewMetrics.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace baton {

class ActionItemModel;
class AgendaModel;
class DecisionModel;
class MeetingPrompter;
class Session;

/// Meeting mode's side panel on the Review page: the agenda of the week (ReviewAgenda, from the
/// numbers the page counted), and for the agenda item chosen, or the whole week, the decisions
/// and action items recorded next to its metric. Records decisions and action items and moves
/// an item's status on through ReviewMeetingService; these small writes run on the UI thread.
class MeetingPanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingPanel)

public:
    explicit MeetingPanel(Session &session, QWidget *parent = nullptr);
    ~MeetingPanel() override;

    /// Asks through `prompter` instead of dialogs (it must outlive the panel).
    void setPrompter(MeetingPrompter &prompter);

    /// The week (its Monday) and its numbers: builds the agenda and reads the meeting's records.
    void showWeek(const QDate &monday, const ReviewMetrics &review);
    /// No numbers to build an agenda from (being counted, or failed): says `words`.
    void showPending(const QString &words);
    /// Reads the week's decisions and action items again, keeping the agenda item chosen.
    void reload();

    /// Chooses an agenda row (0: the whole week).
    void selectAgendaRow(int row);
    int selectedAgendaRow() const;
    /// Selects the listed action item of that row.
    void selectActionRow(int row);

    void recordDecision();
    void addActionItem();
    /// Moves the selected action item to `status`, against the version read.
    void setSelectedStatus(ActionStatus status);

    QDate week() const { return m_week; }
    AgendaModel *agendaModel() const { return m_agendaModel; }
    DecisionModel *decisionModel() const { return m_decisionModel; }
    ActionItemModel *actionModel() const { return m_actionModel; }
    QListView *agendaView() const { return m_agendaView; }
    QTableView *actionView() const { return m_actionView; }
    QPushButton *decideButton() const { return m_decide; }
    QPushButton *addItemButton() const { return m_addItem; }
    QPushButton *statusButton() const { return m_status; }
    QString notesTitle() const;
    QString message() const;

Q_SIGNALS:
    /// A decision or an action item was recorded, or a status changed.
    void recorded();

private:
    void showSelection();
    void updateButtons();
    std::optional<MetricKey> selectedMetric() const;
    const ActionItem *selectedItem() const;
    /// The user who records: the one chosen in the window; an error when none is.
    bool checkUser(const QString &title);

    Session &m_session;
    std::unique_ptr<MeetingPrompter> m_dialogs;
    MeetingPrompter *m_prompter;
    QLabel *m_heading;
    AgendaModel *m_agendaModel;
    QListView *m_agendaView;
    QLabel *m_notesTitle;
    QLabel *m_message;
    DecisionModel *m_decisionModel;
    QListView *m_decisionView;
    ActionItemModel *m_actionModel;
    QTableView *m_actionView;
    QPushButton *m_decide;
    QPushButton *m_addItem;
    QPushButton *m_status;

    QDate m_week;
    std::optional<ReviewMetrics> m_review;
    std::vector<ReviewDecision> m_decisions;
    std::vector<ActionItem> m_items;
};

} // namespace baton
