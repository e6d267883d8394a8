#pragma once

#include "demo/DemoRegion.h"

#include <QtGlobal>

#include <span>
#include <string_view>

namespace baton {

/// A first or last name with how common it is; ascii is its e-mail spelling when the name
/// itself is not plain lower-case ASCII letters once lower-cased ("Müller" -> "mueller").
struct DemoName {
    std::string_view text;
    std::string_view ascii;
    quint32 weight = 1;
};

struct DemoTitle {
    std::string_view title;
    quint32 weight = 1;
};

/// Word lists for contacts: names by region, job titles by seniority.
class DemoPeople {
public:
    /// Stored seniority names, in the order of the seniority indexes below.
    static std::span<const std::string_view> seniorities();
    /// How often each seniority occurs among leads (same order).
    static std::span<const quint32> seniorityWeights();
    static constexpr size_t individualSeniority = 4;
    static constexpr size_t studentSeniority = 5;

    static std::span<const DemoTitle> titles(size_t seniority);
    static std::span<const DemoName> firstNames(DemoRegion region);
    static std::span<const DemoName> lastNames(DemoRegion region);
};

} // namespace baton
