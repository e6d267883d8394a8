#include "import/ImportValues.h"

#include <cmath>

namespace baton {

std::string_view ImportValues::trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

QString ImportValues::text(std::string_view cell)
{
    cell = trimmed(cell);
    return QString::fromUtf8(cell.data(), static_cast<qsizetype>(cell.size()));
}

std::optional<qint64> ImportValues::number(std::string_view cell)
{
    cell = trimmed(cell);
    if (cell.empty())
        return std::nullopt;
    double value = 0;
    double fraction = 0;
    double scale = 0.1;
    bool digits = false;
    bool inFraction = false;
    size_t i = 0;
    while (i < cell.size() && (cell[i] == '$' || cell[i] == ' '))
        ++i;
    if (cell.substr(i, 3) == "\xE2\x82\xAC") // €
        i += 3;
    else if (cell.substr(i, 2) == "\xC2\xA3") // £
        i += 2;
    for (; i < cell.size(); ++i) {
        const char c = cell[i];
        if (c >= '0' && c <= '9') {
            digits = true;
            if (inFraction) {
                fraction += (c - '0') * scale;
                scale /= 10;
            } else {
                value = value * 10 + (c - '0');
            }
        } else if (c == ',' && !inFraction) {
            continue;
        } else if (c == '.' && !inFraction) {
            inFraction = true;
        } else {
            break;
        }
    }
    if (!digits)
        return std::nullopt;
    value += fraction;
    std::string_view rest = trimmed(cell.substr(i));
    if (!rest.empty()) {
        const char suffix = static_cast<char>(rest.front() | 0x20);
        if (suffix == 'k' || suffix == 'm' || suffix == 'b') {
            value *= suffix == 'k' ? 1e3 : suffix == 'm' ? 1e6 : 1e9;
            rest.remove_prefix(1);
            rest = trimmed(rest);
        }
        // A range ("51-200", "1,001 - 5,000") counts as its lower bound; "10,000+" as 10,000.
        if (!rest.empty() && rest.front() != '-' && rest.front() != '+')
            return std::nullopt;
        if (rest.size() > 1 && rest.front() == '-' && !number(rest.substr(1)))
            return std::nullopt;
        if (rest.size() > 1 && rest.front() == '+')
            return std::nullopt;
    }
    if (value > 9.0e15)
        return std::nullopt;
    return static_cast<qint64>(std::llround(value));
}

bool ImportValues::emailInto(std::string_view cell, std::string &out)
{
    cell = trimmed(cell);
    if (cell.size() > 2 && cell.front() == '<' && cell.back() == '>')
        cell = cell.substr(1, cell.size() - 2);
    const size_t at = cell.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 >= cell.size() ||
        cell.find('@', at + 1) != std::string_view::npos)
        return false;
    const std::string_view host = cell.substr(at + 1);
    const size_t dot = host.find('.');
    if (dot == std::string_view::npos || dot == 0 || host.back() == '.')
        return false;
    for (char c : cell) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';')
            return false;
    }
    out.assign(cell);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + ('a' - 'A'));
    }
    return true;
}

std::optional<std::string> ImportValues::email(std::string_view cell)
{
    std::string out;
    if (!emailInto(cell, out))
        return std::nullopt;
    return out;
}

QString ImportValues::domain(std::string_view website)
{
    std::string_view w = trimmed(website);
    if (const size_t scheme = w.find("://"); scheme != std::string_view::npos)
        w.remove_prefix(scheme + 3);
    if (const size_t at = w.find('@'); at != std::string_view::npos)
        w.remove_prefix(at + 1);
    if (const size_t end = w.find_first_of("/?#:"); end != std::string_view::npos)
        w = w.substr(0, end);
    if (w.size() > 4 && (w.substr(0, 4) == "www." || w.substr(0, 4) == "WWW."))
        w.remove_prefix(4);
    return QString::fromUtf8(w.data(), static_cast<qsizetype>(w.size())).toLower();
}

} // namespace baton
