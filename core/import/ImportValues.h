#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace baton {

/// How import cells become values: trimmed text, numbers as exports write them, e-mail addresses
/// and web domains.
class ImportValues {
public:
    static std::string_view trimmed(std::string_view text);
    static QString text(std::string_view cell); ///< trimmed, from UTF-8
    /// "1200", "1,200", "1200.0", "10,000+", "51-200" (the lower bound), "12.5M", "$3,000,000".
    static std::optional<qint64> number(std::string_view cell);
    /// Lower-case, trimmed; nullopt when it is not an address (one @, a dot in the domain, no
    /// blanks).
    static std::optional<std::string> email(std::string_view cell);
    /// The same into `out`, reusing its memory row after row; false (and `out` as it was) when it
    /// is not an address.
    static bool emailInto(std::string_view cell, std::string &out);
    /// "https://www.Acme.com/about" -> "acme.com".
    static QString domain(std::string_view website);
};

} // namespace baton
