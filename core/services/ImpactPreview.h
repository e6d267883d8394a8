#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace baton {

/// For one rejection reason: how many rejections a draft would have avoided or added.
struct ReasonImpact {
    QString code;
    QString label;
    qint64 avoided = 0; ///< rejected leads the draft would not have handed over
    qint64 added = 0;   ///< leads the draft would hand over that sales had rejected for this reason
};

/// What a draft of the definition would have done over the last weeks, against what happened.
struct ImpactPreview {
    int versionNumber = 0; ///< the version previewed; -1 for an unsaved definition
    int weeks = 0;
    QDateTime from; ///< the window, [from, to)
    QDateTime to;

    qint64 actualHandoffs = 0; ///< leads handed over in the window
    qint64 draftHandoffs = 0;  ///< leads the draft would have handed over in the window
    qint64 bothHandoffs = 0;   ///< leads in both

    /// Leads handed over in the window that sales has judged since: accepted or rejected.
    qint64 judged = 0;
    qint64 judgedAccepted = 0;
    /// Of the judged leads, those the draft would have handed over too, and how many were accepted.
    qint64 judgedSent = 0;
    qint64 judgedSentAccepted = 0;

    std::vector<ReasonImpact> reasons; ///< every reason with a non-zero count, largest change first

    /// Accepted share of the judged leads as they were sent; empty when none was judged.
    std::optional<double> actualAcceptanceRate() const
    {
        return judged == 0 ? std::nullopt : std::optional(double(judgedAccepted) / double(judged));
    }
    /// Accepted share of the judged leads the draft would have sent.
    std::optional<double> draftAcceptanceRate() const
    {
        return judgedSent == 0 ? std::nullopt
                               : std::optional(double(judgedSentAccepted) / double(judgedSent));
    }
};

} // namespace baton
