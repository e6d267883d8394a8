#pragma once

#include "domain/Campaign.h"
#include "storage/QueueFilter.h"

#include <QTimer>
#include <QWidget>

#include <vector>

class QComboBox;
class QLineEdit;

namespace baton {

/// The stage, campaign and search controls above a queue. Typing in the search field is
/// debounced, so a query runs once the typing pauses.
class QueueFilterBar : public QWidget {
    Q_OBJECT

public:
    static constexpr int searchDelayMs = 250;

    explicit QueueFilterBar(QWidget *parent = nullptr);

    void setCampaigns(const std::vector<Campaign> &campaigns);
    /// The chosen stage, campaign and search; the owner is left to the caller.
    QueueFilter filter() const;
    /// True when anything narrows the queue.
    bool isNarrowed() const;

    QComboBox *stageCombo() const { return m_stage; }
    QComboBox *campaignCombo() const { return m_campaign; }
    QLineEdit *searchField() const { return m_search; }
    void focusSearch();
    /// Applies pending search text now instead of after the pause.
    void applySearchNow();

Q_SIGNALS:
    void filterChanged();

private:
    void emitIfSearchChanged();

    QComboBox *m_stage;
    QComboBox *m_campaign;
    QLineEdit *m_search;
    QTimer m_searchDelay;
    QString m_appliedSearch;
};

} // namespace baton
