#include "import/DateFormat.h"

#include <QDateTime>

namespace baton {
namespace {

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

bool validDate(int y, int m, int d)
{
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1)
        return false;
    static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > days[m - 1])
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m != 2 || d <= 28 || leap;
}

/// The wall-clock time in `zone` as unix seconds.
std::optional<qint64> toSeconds(int y, int mo, int d, int h, int mi, int s, const QTimeZone &zone)
{
    if (!validDate(y, mo, d) || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    const qint64 local = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 +
                         h * 3600 + mi * 60 + s;
    if (!zone.isValid())
        return local;
    const QDateTime at(QDate(y, mo, d), QTime(h, mi, s), zone);
    if (!at.isValid())
        return local - zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(local, QTimeZone::utc()));
    return at.toSecsSinceEpoch();
}

struct Cursor {
    std::string_view text;
    size_t pos = 0;

    bool done() const { return pos >= text.size(); }
    char peek() const { return done() ? '\0' : text[pos]; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++pos;
        return true;
    }
    /// minDigits to maxDigits digits.
    std::optional<int> number(int minDigits, int maxDigits)
    {
        int value = 0;
        int digits = 0;
        while (digits < maxDigits && !done() && text[pos] >= '0' && text[pos] <= '9') {
            value = value * 10 + (text[pos] - '0');
            ++pos;
            ++digits;
        }
        if (digits < minDigits)
            return std::nullopt;
        return value;
    }
};

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace

Result<DateFormat> DateFormat::parse(const QString &pattern)
{
    DateFormat format;
    format.m_pattern = pattern;
    if (pattern.compare(QLatin1String("iso8601"), Qt::CaseInsensitive) == 0) {
        format.m_iso = true;
        return format;
    }
    const QString p = pattern;
    bool year = false;
    bool month = false;
    bool day = false;
    for (qsizetype i = 0; i < p.size();) {
        auto at = [&](const char *token) {
            return p.mid(i).startsWith(QLatin1String(token));
        };
        Part part;
        if (at("YYYY")) {
            part.token = Token::Year;
            year = true;
            i += 4;
        } else if (at("MM")) {
            part.token = Token::Month;
            month = true;
            i += 2;
        } else if (at("DD")) {
            part.token = Token::Day;
            day = true;
            i += 2;
        } else if (at("hh")) {
            part.token = Token::Hour;
            i += 2;
        } else if (at("mm")) {
            part.token = Token::Minute;
            i += 2;
        } else if (at("ss")) {
            part.token = Token::Second;
            i += 2;
        } else if (at("AM")) {
            part.token = Token::Meridiem;
            i += 2;
        } else {
            const QChar c = p[i];
            if (c.unicode() > 127 || c.isLetter()) {
                return makeError(
                    ErrorKind::InvalidInput,
                    QStringLiteral("The date format '%1' has '%2', which is not one of YYYY, MM, "
                                   "DD, hh, mm, ss, AM or a separator.")
                        .arg(pattern, QString(c)));
            }
            part.literal = static_cast<char>(c.unicode());
            ++i;
        }
        format.m_parts.push_back(part);
    }
    if (!year || !month || !day) {
        return makeError(
            ErrorKind::InvalidInput,
            QStringLiteral("The date format '%1' needs YYYY, MM and DD (or is `iso8601`).").arg(pattern));
    }
    return format;
}

std::optional<qint64> DateFormat::read(std::string_view text, const QTimeZone &zone) const
{
    text = trimmed(text);
    if (text.empty())
        return std::nullopt;
    return m_iso ? readIso(text, zone) : readPattern(text, zone);
}

std::optional<qint64> DateFormat::readAny(const std::vector<DateFormat> &formats, std::string_view text,
                                          const QTimeZone &zone)
{
    for (const DateFormat &format : formats) {
        if (auto seconds = format.read(text, zone))
            return seconds;
    }
    return std::nullopt;
}

std::optional<qint64> DateFormat::readIso(std::string_view text, const QTimeZone &zone) const
{
    Cursor c{text};
    const auto y = c.number(4, 4);
    if (!y || !c.take('-'))
        return std::nullopt;
    const auto mo = c.number(2, 2);
    if (!mo || !c.take('-'))
        return std::nullopt;
    const auto d = c.number(2, 2);
    if (!d)
        return std::nullopt;
    if (c.done())
        return toSeconds(*y, *mo, *d, 0, 0, 0, zone);
    if (!c.take('T') && !c.take(' '))
        return std::nullopt;
    const auto h = c.number(2, 2);
    if (!h || !c.take(':'))
        return std::nullopt;
    const auto mi = c.number(2, 2);
    if (!mi)
        return std::nullopt;
    int s = 0;
    if (c.take(':')) {
        const auto sec = c.number(2, 2);
        if (!sec)
            return std::nullopt;
        s = *sec;
        if (c.take('.') || c.take(',')) {
            if (!c.number(1, 9))
                return std::nullopt;
        }
    }
    if (c.done())
        return toSeconds(*y, *mo, *d, *h, *mi, s, zone);
    std::optional<int> offset;
    if (c.take('Z') || c.take('z')) {
        offset = 0;
    } else if (c.peek() == '+' || c.peek() == '-') {
        const int sign = c.peek() == '-' ? -1 : 1;
        ++c.pos;
        const auto oh = c.number(2, 2);
        if (!oh)
            return std::nullopt;
        c.take(':');
        const auto om = c.done() ? std::optional<int>(0) : c.number(2, 2);
        if (!om)
            return std::nullopt;
        offset = sign * (*oh * 3600 + *om * 60);
    }
    if (!offset || !c.done())
        return std::nullopt;
    const auto utc = toSeconds(*y, *mo, *d, *h, *mi, s, QTimeZone());
    if (!utc)
        return std::nullopt;
    return *utc - *offset;
}

std::optional<qint64> DateFormat::readPattern(std::string_view text, const QTimeZone &zone) const
{
    Cursor c{text};
    int y = 0;
    int mo = 0;
    int d = 0;
    int h = 0;
    int mi = 0;
    int s = 0;
    std::optional<bool> pm;
    for (size_t i = 0; i < m_parts.size(); ++i) {
        const Part &part = m_parts[i];
        std::optional<int> value;
        switch (part.token) {
        case Token::Year:
            value = c.number(4, 4);
            if (!value)
                return std::nullopt;
            y = *value;
            break;
        case Token::Month:
        case Token::Day:
        case Token::Hour:
        case Token::Minute:
            value = c.number(1, 2);
            if (!value)
                return std::nullopt;
            (part.token == Token::Month  ? mo
             : part.token == Token::Day  ? d
             : part.token == Token::Hour ? h
                                         : mi) = *value;
            break;
        case Token::Second:
            if (c.done()) { // seconds may be left off at the end
                i = m_parts.size();
                break;
            }
            value = c.number(1, 2);
            if (!value)
                return std::nullopt;
            s = *value;
            break;
        case Token::Meridiem: {
            const char a = static_cast<char>(c.peek() | 0x20);
            if (a != 'a' && a != 'p')
                return std::nullopt;
            ++c.pos;
            if ((c.peek() | 0x20) != 'm')
                return std::nullopt;
            ++c.pos;
            pm = a == 'p';
            break;
        }
        case Token::Literal:
            if (part.literal == ' ') {
                if (!c.take(' ') && !c.done())
                    return std::nullopt;
                while (c.take(' ')) {
                }
            } else if (part.literal == ':' && i + 1 < m_parts.size() &&
                       m_parts[i + 1].token == Token::Second && c.done()) {
                i = m_parts.size(); // "hh:mm" where the format says "hh:mm:ss"
            } else if (!c.take(part.literal)) {
                return std::nullopt;
            }
            break;
        }
    }
    if (!c.done())
        return std::nullopt;
    if (pm) {
        if (h < 1 || h > 12)
            return std::nullopt;
        h = (h % 12) + (*pm ? 12 : 0);
    }
    return toSeconds(y, mo, d, h, mi, s, zone);
}

} // namespace baton
