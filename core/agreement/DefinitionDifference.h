#pragma once

#include <QString>

#include <vector>

namespace baton {

/// One property of a rule that differs between two drafts, as text.
struct PropertyChange {
    QString property; ///< "points", "values", "position", …
    QString oldValue; ///< "(none)" when the property is absent
    QString newValue;
};

/// One rule (or field, tier, reason, …) that differs between two drafts, matched by its key.
struct DefinitionDifference {
    enum class Kind { Added, Removed, Changed };

    QString part; ///< "fitRules", "engagementRules", "mqlRule", "requiredFields", "checklist",
                  ///< "reasons", "meaningfulContacts", "slaTiers"
    QString key;  ///< the rule id; the tier name; "stage/code" for reasons; the activity type; the field
    QString name; ///< for people: the rule's name (the newer one when changed)
    Kind kind = Kind::Changed;
    std::vector<PropertyChange> changes; ///< for Changed, in the order of the document
};

} // namespace baton
