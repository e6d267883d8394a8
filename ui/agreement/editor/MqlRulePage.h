#pragma once

#include "agreement/MqlRule.h"

#include <QWidget>

class QSpinBox;

namespace baton {

class CheckListWidget;

/// When a lead is handed to sales: the fit and engagement scores it must reach, and the events
/// that hand it over at once whatever its scores.
class MqlRulePage : public QWidget {
    Q_OBJECT

public:
    explicit MqlRulePage(QWidget *parent = nullptr);

    /// Not an edit: changed() is not sent.
    void setRule(const MqlRule &rule);
    MqlRule rule() const;

    void setReadOnly(bool readOnly);

    QSpinBox *minFitSpin() const { return m_minFit; }
    QSpinBox *minEngagementSpin() const { return m_minEngagement; }
    CheckListWidget *fastTrackList() const { return m_fastTrack; }

Q_SIGNALS:
    void changed();

private:
    QSpinBox *m_minFit;
    QSpinBox *m_minEngagement;
    CheckListWidget *m_fastTrack;
    bool m_updating = false;
};

} // namespace baton
