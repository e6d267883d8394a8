#pragma once

#include "domain/ReviewStatus.h"
#include "rejections/RejectionPeriod.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace baton {

class Clock;

/// The Rejections page's period (this week, the last 4 weeks, this or last quarter; weeks begin
/// on Monday) and which reviews its list shows (the open ones, the disputed ones, all), with the
/// period's dates in words.
class RejectionFilterBar : public QWidget {
    Q_OBJECT

public:
    enum class StatusFilter { Open, Disputed, All };

    explicit RejectionFilterBar(const Clock &clock, QWidget *parent = nullptr);

    /// The chosen period around the clock's now, in the bar's time zone (the system's by default).
    RejectionPeriod period() const;
    RejectionPeriod::Kind periodKind() const;
    void setPeriodKind(RejectionPeriod::Kind kind);
    void setTimeZone(const QTimeZone &zone);
    const QTimeZone &timeZone() const { return m_zone; }

    StatusFilter statusFilter() const;
    void setStatusFilter(StatusFilter filter);
    /// The review status the list narrows to; empty for all.
    std::optional<ReviewStatus> status() const;
    /// Shows or hides the status filter (it means nothing to the Calibration tab).
    void setStatusVisible(bool visible);

    QComboBox *periodCombo() const { return m_period; }
    QComboBox *statusCombo() const { return m_status; }
    /// "Mon 9 Mar – Sun 15 Mar 2026"
    QString periodDates() const;

Q_SIGNALS:
    void periodChanged();
    void statusChanged();

private:
    void showDates();

    const Clock &m_clock;
    QTimeZone m_zone;
    QComboBox *m_period;
    QComboBox *m_status;
    QLabel *m_statusLabel;
    QLabel *m_dates;
};

} // namespace baton
