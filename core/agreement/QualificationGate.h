#pragma once

#include "agreement/QualificationCriterion.h"
#include "common/Result.h"
#include "domain/ChecklistAnswer.h"

#include <vector>

namespace baton {

/// The checklist's gate to sql: every answer names an item of the agreement's checklist, each
/// item is answered at most once, and every required item is answered "yes".
class QualificationGate {
public:
    static Result<void> check(const std::vector<QualificationCriterion> &checklist,
                              const std::vector<ChecklistAnswer> &answers);
};

} // namespace baton
