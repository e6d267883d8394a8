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
    /// A span of time for people, to the minute: "3 d 4 h 10 min", "0 min"; "-5 min" when negative.
    static QString duration(qint64 seconds);
    /// Cuts text to width characters, ending with "…" when it was longer.
    static QString elide(const QString &text, qsizetype width);
};

} // namespace baton::cli
