#pragma once

#include <QtGlobal>

#include <string>

namespace baton {

/// Appends the UTC date of unix seconds as "yyyy-MM-dd", without QDate (for the hot loop).
/// Howard Hinnant's days-to-civil algorithm.
inline void appendIsoDate(std::string &out, qint64 unixSeconds)
{
    qint64 days = unixSeconds >= 0 ? unixSeconds / 86400 : (unixSeconds - 86399) / 86400;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    const qint64 dayOfMonth = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const qint64 month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

    char text[11];
    qint64 y = year;
    for (int i = 3; i >= 0; --i) {
        text[i] = static_cast<char>('0' + y % 10);
        y /= 10;
    }
    text[4] = '-';
    text[5] = static_cast<char>('0' + month / 10);
    text[6] = static_cast<char>('0' + month % 10);
    text[7] = '-';
    text[8] = static_cast<char>('0' + dayOfMonth / 10);
    text[9] = static_cast<char>('0' + dayOfMonth % 10);
    out.append(text, 10);
}

} // namespace baton
