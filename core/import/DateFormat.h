#pragma once

#include "common/Result.h"

#include <QString>
#include <QTimeZone>

#include <optional>
#include <string_view>
#include <vector>

namespace baton {

/// How a date is written in an import file, and how it becomes a moment.
///
/// A pattern is made of YYYY (year), MM (month, 1 or 2 digits), DD (day), hh (hour, 0-23, or
/// 1-12 with AM), mm (minutes), ss (seconds, optional at the end of the text), AM (AM or PM, any
/// case), and literal characters; `iso8601` names ISO 8601 (date, or date and time with T or a
/// space, optional fractions, optional Z or offset).
///
/// The zone rule: a time that carries its own offset (ISO 8601 with Z or +hh:mm) is read with it;
/// any other is a wall-clock time in the mapping's time zone (UTC unless the mapping names one).
/// A date without a time is midnight in that zone.
class DateFormat {
public:
    static Result<DateFormat> parse(const QString &pattern);
    const QString &pattern() const { return m_pattern; }

    /// Unix seconds, or nullopt when the text is not written this way. An invalid (default) zone
    /// is UTC, read without a time zone lookup.
    std::optional<qint64> read(std::string_view text, const QTimeZone &zone) const;

    /// The first of `formats` that reads the text.
    static std::optional<qint64> readAny(const std::vector<DateFormat> &formats, std::string_view text,
                                         const QTimeZone &zone);

private:
    enum class Token { Year, Month, Day, Hour, Minute, Second, Meridiem, Literal };
    struct Part {
        Token token = Token::Literal;
        char literal = 0;
    };
    std::optional<qint64> readIso(std::string_view text, const QTimeZone &zone) const;
    std::optional<qint64> readPattern(std::string_view text, const QTimeZone &zone) const;

    QString m_pattern;
    bool m_iso = false;
    std::vector<Part> m_parts;
};

} // namespace baton
