#pragma once

#include "domain/LeadComment.h"
#include "domain/RejectionReview.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace baton {

/// Writes the selected rejection for a QTextBrowser: the owner's reason and note, where
/// marketing's review stands, and the lead's thread (comments and review steps, who and when).
class ReviewHtml {
    Q_DECLARE_TR_FUNCTIONS(ReviewHtml)

public:
    static QString render(const RejectionReview &review, const QString &reasonLabel,
                          const std::vector<LeadComment> &thread);
    static QString nothingSelected();
    static QString unreadable(const QString &message);
    /// What an entry of the thread did, after its author's name: "commented", "disputed the rejection", …
    static QString entryVerb(const QString &kind);

private:
    static QString reviewState(const RejectionReview &review, const std::vector<LeadComment> &thread);
    static QString threadHtml(const std::vector<LeadComment> &thread);
};

} // namespace baton
