#pragma once

#include <QString>

namespace baton {

/// One item of the SQL qualification checklist (budget, authority, need, timeline, …).
struct QualificationCriterion {
    QString id;   ///< "budget"
    QString name; ///< "Budget confirmed"
    bool required = true;

    bool operator==(const QualificationCriterion &) const = default;
};

} // namespace baton
