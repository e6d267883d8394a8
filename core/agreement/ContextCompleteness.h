#pragma once

#include "domain/Lead.h"

#include <QStringList>

namespace baton {

/// How complete a handoff's context package is against the definition's required fields.
struct Completeness {
    int percent = 100;   ///< present * 100 / required, rounded down; 100 when nothing is required
    QStringList missing; ///< required field names that are empty, in the order required
};

class ContextCompleteness {
public:
    /// Text fields count when not blank, numbers when above zero; "campaign" and "buying_signal"
    /// come from the caller, who knows whether the campaign is known and a signal was recorded.
    static Completeness evaluate(const Lead &lead, const QStringList &requiredFields, bool hasBuyingSignal,
                                 bool campaignKnown);
    /// Whether one field is filled in; unknown names count as missing.
    static bool isPresent(const Lead &lead, QStringView field, bool hasBuyingSignal, bool campaignKnown);
};

} // namespace baton
