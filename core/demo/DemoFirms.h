#pragma once

#include "demo/DemoRegion.h"

#include <QtGlobal>

#include <span>
#include <string_view>

namespace baton {

struct DemoIndustry {
    std::string_view name;
    quint32 weight = 1;
    quint32 revenuePerEmployee = 200;           ///< thousands of USD
    std::span<const std::string_view> suffixes; ///< "Logistics", "Freight", … for company names
};

struct DemoCountry {
    std::string_view code; ///< ISO 3166 alpha-2
    DemoRegion region = DemoRegion::NorthAmerica;
    quint32 weight = 1;
    std::string_view domainEnding;  ///< ".co.uk"
    std::string_view legalForm;     ///< "Ltd"
    std::string_view phoneTemplate; ///< '#' any digit, 'N' a digit 2-9
};

struct DemoUniversity {
    std::string_view name;
    std::string_view domain;
    size_t country = 0; ///< index into DemoFirms::countries()
};

/// Word lists for companies: industries, brand-name parts, countries, universities.
class DemoFirms {
public:
    static std::span<const DemoIndustry> industries();
    static std::span<const std::string_view> brandStarts(); ///< "Bright", "North", …
    static std::span<const std::string_view> brandEnds();   ///< "wave", "field", …
    static std::span<const DemoCountry> countries();
    static std::span<const DemoUniversity> universities();
};

} // namespace baton
