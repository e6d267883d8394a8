#pragma once

#include "agreement/QualificationCriterion.h"
#include "domain/ChecklistAnswer.h"

#include <QDateTime>

#include <optional>

namespace baton {

/// One item of the qualification checklist as it was answered when the lead became an
/// opportunity, with the item's name and whether it was required then.
struct QualificationAnswer {
    QualificationCriterion criterion;
    ChecklistAnswer answer;
    QDateTime answeredAt;
    std::optional<qint64> answeredBy;
};

} // namespace baton
