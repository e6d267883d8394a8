#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace baton::cli {

/// How batonctl writes times, numbers and money, in text and in JSON.
class TextFormat {
public:
    /// "2026-03-10 09:00" in UTC; "-" when invalid.
    static QString time(const QDateTime &time);
    static QString time(const std::optional<QDateTime> &time);
    /// "2026-03-10"; "-" when invalid.
    static QString date(const QDate &date);
    /// ISO 8601 in UTC for JSON: "2026-03-10T09:00:00Z"; empty when invalid.
    static QString isoTime(const QDateTime &time);
    /// 12500 -> "12,500".
    static QString number(qint64 value);
    /// 1250050 cents -> "12,500.50".
    static QString money(qint64 cents);
    /// 1250050 cents -> "12500.50", for JSON and scripts.
    static QString plainMoney(qint64 cents);
    /// A share 0–1 as a percentage for people: 0.75 -> "75.0%".
    static QString percent(double share);
    /// A number with `places` decimals, for people and CSV: 0.5 -> "0.50".
    static QString decimal(double value, int places);
    /// A change in percentage points, with its sign: 25 -> "+25.0 pts", -3.25 -> "-3.3 pts".
    static QString points(double points);
    /// A span of time for people, to the minute: "3 d 4 h 10 min", "0 min"; "-5 min" when negative.
    static QString duration(qint64 seconds);
    /// Cuts text to width characters, ending with "…" when it was longer.
    static QString elide(const QString &text, qsizetype width);
};

} // namespace baton::cli
