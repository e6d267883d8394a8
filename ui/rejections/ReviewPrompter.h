#pragma once

#include "domain/Reason.h"
#include "rejections/RecycleChoice.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace baton {

/// Where the Rejections page asks a person for the words of a review step. The app shows
/// dialogs; tests answer directly.
class ReviewPrompter {
public:
    ReviewPrompter() = default;
    ReviewPrompter(const ReviewPrompter &) = delete;
    ReviewPrompter &operator=(const ReviewPrompter &) = delete;
    virtual ~ReviewPrompter() = default;

    /// A comment for a step ("Dispute the rejection of Jane Doe"); empty when the person
    /// cancelled. With `required`, the words cannot be left out.
    virtual std::optional<QString> askText(const QString &title, const QString &prompt, bool required) = 0;
    /// A recycling reason from the taxonomy, a note and the date to revisit the lead.
    virtual std::optional<RecycleChoice> askRecycle(const QString &leadName,
                                                    const std::vector<Reason> &reasons,
                                                    const QDate &suggestedRevisit) = 0;
};

} // namespace baton
