#pragma once

#include "domain/Campaign.h"
#include "domain/User.h"
#include "review/ReviewRequest.h"

#include <QTimeZone>
#include <QWidget>

#include <vector>

class QComboBox;

namespace baton {

class Clock;

/// The week the joint review looks at (this week, last week and the ten before, from Monday
/// in the computer's time zone) and what it narrows the handoffs to: one campaign, one owner
/// or one team, all of them by default.
class ReviewFilterBar : public QWidget {
    Q_OBJECT

public:
    static constexpr int weekCount = 12;

    explicit ReviewFilterBar(const Clock &clock, QWidget *parent = nullptr);

    /// The zone weeks begin in; the system's by default.
    void setTimeZone(const QTimeZone &zone);
    /// Fills the campaign, owner and team choices, keeping those still offered.
    void setChoices(const std::vector<Campaign> &campaigns, const std::vector<User> &users);
    /// Offers the weeks again from the clock's present week, keeping the chosen one.
    void updateWeeks();

    ReviewRequest request() const;
    QDate monday() const;

    QComboBox *weekCombo() const { return m_week; }
    QComboBox *campaignCombo() const { return m_campaign; }
    QComboBox *ownerCombo() const { return m_owner; }
    QComboBox *teamCombo() const { return m_team; }

Q_SIGNALS:
    /// The week or a filter changed.
    void changed();

private:
    void fill(QComboBox *combo, const std::vector<std::pair<QString, QVariant>> &items);

    const Clock &m_clock;
    QTimeZone m_zone;
    QComboBox *m_week;
    QComboBox *m_campaign;
    QComboBox *m_owner;
    QComboBox *m_team;
    bool m_filling = false;
};

} // namespace baton
