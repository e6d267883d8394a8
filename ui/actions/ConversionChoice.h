#pragma once

#include "domain/Conversion.h"

namespace baton {

/// The opportunity a person creates from an accepted lead.
struct ConversionChoice {
    Conversion conversion;
};

} // namespace baton
