#pragma once

#include "feedback/FeedbackDimension.h"
#include "storage/ReviewQuery.h"

#include <QCoreApplication>
#include <QString>

namespace baton {

/// A group picked in the Rejections inbox (a reason, a campaign, a source, a score band, an
/// owner), which narrows the list of rejections to it.
struct InboxSelection {
    Q_DECLARE_TR_FUNCTIONS(InboxSelection)

public:
    FeedbackDimension dimension = FeedbackDimension::Reason;
    QString key; ///< InboxGroup::key
    QString label;

    /// Narrows the query to the group; false when a query cannot say it (rejections without a
    /// score), and the query is left as it was.
    bool narrow(ReviewQuery &query) const;
    /// "reason “No authority”", "campaign “Q3 Pipeline Webinar”", "score band “40–59”", …
    QString words() const;
};

} // namespace baton
