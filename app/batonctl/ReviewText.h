#pragma once

#include "domain/LeadComment.h"
#include "domain/RejectionReview.h"

#include <QString>
#include <QTextStream>

#include <optional>
#include <vector>

namespace baton {
class FeedbackLabels;
}

namespace baton::cli {

class UserDirectory;

/// Marketing's review of a rejection and the lead's thread, for people.
class ReviewText {
public:
    /// The review: the lead, the reason with its label and the owner's note, the campaign and
    /// score at handoff, and where the review stands (who moved it there, when).
    static void writeReview(QTextStream &out, const RejectionReview &review, std::optional<Stage> leadStage,
                            const FeedbackLabels &labels, const UserDirectory &users);
    /// The lead's thread, oldest first: comments and review steps with their words.
    static void writeThread(QTextStream &out, const std::vector<LeadComment> &thread,
                            const UserDirectory &users);
    /// "Acknowledged by Mark Okafor (mark.marketing) at 2026-03-10 12:00"; "Open: not reviewed yet".
    static QString status(const RejectionReview &review, const UserDirectory &users);
    /// "Q3 Pipeline Webinar (webinar)"; "No campaign".
    static QString campaign(const std::optional<qint64> &campaignId, const FeedbackLabels &labels);
};

} // namespace baton::cli
