#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace baton {

/// The words and numbers of the Rejections page: shares, changes in points, weekly rates,
/// a text sparkline and the time of a rejection.
class InboxText {
    Q_DECLARE_TR_FUNCTIONS(InboxText)

public:
    /// "1,204" in the user's locale.
    static QString number(qint64 value);
    /// A share of 0–1 as "23%", or "4.5%" below ten per cent.
    static QString percent(double share);
    /// A weekly average: "12.5", "3", "0.3"; whole from a hundred on: "455".
    static QString average(double value);
    /// A change of share in percentage points, signed: "+3.2 pts", "−1.0 pts", "±0.0 pts".
    static QString points(double points);
    /// A rate against an earlier one: "+18%", "−5%", "no change", "new" (nothing before).
    static QString change(double rate, double earlier);
    /// One block per value, scaled to the largest: "▁▃█▅".
    static QString sparkline(const std::vector<int> &values);
    /// When a rejection happened, in local time: "Tue 10 Mar 10:10" (the year when not `now`'s).
    static QString when(const QDateTime &time, const QDateTime &now);
    /// The full local date and time, for tooltips and the thread: "Tue 10 Mar 2026, 10:10".
    static QString full(const QDateTime &time);
};

} // namespace baton
