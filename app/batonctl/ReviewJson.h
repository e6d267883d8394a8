#pragma once

#include "domain/LeadComment.h"
#include "domain/RejectionReview.h"

#include <QJsonObject>

namespace baton {
class FeedbackLabels;
}

namespace baton::cli {

class UserDirectory;

/// Marketing's reviews of rejections and the leads' threads as JSON for scripts, in LeadJson's
/// manner: camelCase, statuses and stages by their stored names, times in ISO 8601 UTC, people
/// as {id, login, name, role, team}, null for what is not there.
class ReviewJson {
public:
    /// One review: what was turned down, why, by whom, what the lead was at its handoff, and
    /// where the review stands.
    static QJsonObject review(const RejectionReview &review, const FeedbackLabels &labels,
                              const UserDirectory &users);
    /// One entry of a lead's thread.
    static QJsonObject comment(const LeadComment &comment, const UserDirectory &users);
};

} // namespace baton::cli
