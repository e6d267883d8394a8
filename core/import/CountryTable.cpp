#include "import/CountryTable.h"

#include <QHash>

namespace baton {
namespace {

struct Entry {
    const char *code;
    const char *region;
    const char *names; ///< '|'-separated, lower case
};

// The countries B2B exports name most; others keep their text and get no region.
constexpr Entry entries[] = {
    {"US", "NA", "united states|united states of america|usa|u.s.|u.s.a.|us|america"},
    {"CA", "NA", "canada"},
    {"MX", "LATAM", "mexico|méxico"},
    {"BR", "LATAM", "brazil|brasil"},
    {"AR", "LATAM", "argentina"},
    {"CL", "LATAM", "chile"},
    {"CO", "LATAM", "colombia"},
    {"PE", "LATAM", "peru|perú"},
    {"GB", "EMEA", "united kingdom|uk|great britain|england|scotland|wales|northern ireland|gb"},
    {"IE", "EMEA", "ireland"},
    {"DE", "EMEA", "germany|deutschland"},
    {"FR", "EMEA", "france"},
    {"ES", "EMEA", "spain|españa"},
    {"PT", "EMEA", "portugal"},
    {"IT", "EMEA", "italy|italia"},
    {"NL", "EMEA", "netherlands|the netherlands|holland"},
    {"BE", "EMEA", "belgium"},
    {"LU", "EMEA", "luxembourg"},
    {"CH", "EMEA", "switzerland"},
    {"AT", "EMEA", "austria"},
    {"SE", "EMEA", "sweden"},
    {"NO", "EMEA", "norway"},
    {"DK", "EMEA", "denmark"},
    {"FI", "EMEA", "finland"},
    {"IS", "EMEA", "iceland"},
    {"PL", "EMEA", "poland"},
    {"CZ", "EMEA", "czech republic|czechia"},
    {"HU", "EMEA", "hungary"},
    {"RO", "EMEA", "romania"},
    {"GR", "EMEA", "greece"},
    {"TR", "EMEA", "turkey|türkiye"},
    {"IL", "EMEA", "israel"},
    {"AE", "EMEA", "united arab emirates|uae"},
    {"SA", "EMEA", "saudi arabia"},
    {"ZA", "EMEA", "south africa"},
    {"NG", "EMEA", "nigeria"},
    {"KE", "EMEA", "kenya"},
    {"EG", "EMEA", "egypt"},
    {"UA", "EMEA", "ukraine"},
    {"EE", "EMEA", "estonia"},
    {"AU", "APAC", "australia"},
    {"NZ", "APAC", "new zealand"},
    {"JP", "APAC", "japan"},
    {"CN", "APAC", "china"},
    {"HK", "APAC", "hong kong"},
    {"TW", "APAC", "taiwan"},
    {"KR", "APAC", "south korea|korea|republic of korea"},
    {"SG", "APAC", "singapore"},
    {"IN", "APAC", "india"},
    {"ID", "APAC", "indonesia"},
    {"MY", "APAC", "malaysia"},
    {"TH", "APAC", "thailand"},
    {"VN", "APAC", "vietnam|viet nam"},
    {"PH", "APAC", "philippines"},
};

struct Table {
    QHash<QString, CountryTable::Country> byName;

    Table()
    {
        for (const Entry &entry : entries) {
            const CountryTable::Country country{QString::fromLatin1(entry.code),
                                                QString::fromLatin1(entry.region)};
            byName.insert(country.code.toLower(), country);
            for (const QString &name : QString::fromUtf8(entry.names).split(QLatin1Char('|')))
                byName.insert(name, country);
        }
    }
};

} // namespace

CountryTable::Country CountryTable::lookup(const QString &text)
{
    static const Table table;
    const QString trimmed = text.trimmed();
    const auto found = table.byName.constFind(trimmed.toLower());
    if (found != table.byName.constEnd())
        return *found;
    if (trimmed.size() == 2)
        return Country{trimmed.toUpper(), QString()};
    return Country{trimmed, QString()};
}

} // namespace baton
