#pragma once

#include <QString>

namespace baton {

/// Countries as exports write them (a name, "United States", "USA", or an ISO code) to the ISO
/// 3166 alpha-2 code Baton stores, and the sales region each belongs to (NA, EMEA, APAC, LATAM).
class CountryTable {
public:
    struct Country {
        QString code;   ///< "US"; the text as given (trimmed) when the country is not known
        QString region; ///< empty when not known
    };
    static Country lookup(const QString &text);
};

} // namespace baton
