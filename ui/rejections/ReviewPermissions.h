#pragma once

#include "domain/ReviewStatus.h"
#include "domain/Role.h"
#include "rejections/ReviewAction.h"

#include <QCoreApplication>
#include <QString>

namespace baton {

/// Which review steps the page offers a person, by their role and the review's status: the
/// same rules the core checks when the step is taken, so that a button is only enabled when
/// the step can succeed (unless someone else moved the review on meanwhile).
class ReviewPermissions {
    Q_DECLARE_TR_FUNCTIONS(ReviewPermissions)

public:
    static bool allows(ReviewAction action, Role role, ReviewStatus status);
    /// Why not, in words for a tooltip; empty when allowed.
    static QString whyNot(ReviewAction action, Role role, ReviewStatus status);
    /// Whether the person's role takes the step at all (whatever the status).
    static bool roleTakes(ReviewAction action, Role role);
};

} // namespace baton
