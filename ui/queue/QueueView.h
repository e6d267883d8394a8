#pragma once

#include "queue/SelectedLead.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTableView;

namespace baton {

class QueueFilterBar;
class QueueModel;
class Session;

/// "My queue": the current user's open leads, oldest handoff first, with the filter bar
/// above and a word in place of the table when there is nothing to show.
class QueueView : public QWidget {
    Q_OBJECT

public:
    explicit QueueView(Session &session, QWidget *parent = nullptr);

    QueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QueueFilterBar *filterBar() const { return m_filterBar; }

    std::optional<SelectedLead> selectedLead() const;
    int currentRow() const;
    void selectRow(int row);
    void focusSearch();
    /// Reads the queue again and keeps the selected lead, or, when it has left the queue,
    /// selects the lead that took its place.
    void refresh();

Q_SIGNALS:
    /// The selected lead changed (0: none), including after a refresh.
    void currentLeadChanged(qint64 leadId);
    void countChanged(qint64 count);
    void loadFailed(const QString &message);

private:
    void applyFilter();
    void loadCampaigns();
    void updateEmptyState();
    void configureTable();

    Session &m_session;
    QueueFilterBar *m_filterBar;
    QueueModel *m_model;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QStackedWidget *m_stack;
};

} // namespace baton
