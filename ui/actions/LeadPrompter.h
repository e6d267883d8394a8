#pragma once

#include "actions/ActivityChoice.h"
#include "actions/ConversionChoice.h"
#include "actions/RejectionChoice.h"
#include "agreement/QualificationCriterion.h"
#include "common/Error.h"
#include "domain/Reason.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace baton {

/// Where the lead actions ask a person for details and tell them about failures. The app
/// shows dialogs; tests answer directly.
class LeadPrompter {
public:
    LeadPrompter() = default;
    LeadPrompter(const LeadPrompter &) = delete;
    LeadPrompter &operator=(const LeadPrompter &) = delete;
    virtual ~LeadPrompter() = default;

    /// Empty when the person cancelled.
    virtual std::optional<RejectionChoice> askRejection(const QString &leadName,
                                                        const std::vector<Reason> &reasons) = 0;
    virtual std::optional<ActivityChoice> askActivity(const QString &leadName) = 0;
    /// The conversion with the answers to the agreement's checklist; `today` is the earliest
    /// expected close.
    virtual std::optional<ConversionChoice>
    askConversion(const QString &leadName, const std::vector<QualificationCriterion> &checklist,
                  const QDate &today) = 0;
    /// Why an opportunity was won (may be empty) or lost (never empty).
    virtual std::optional<QString> askClosing(const QString &leadName, bool won) = 0;
    /// A comment for the lead's thread (never empty).
    virtual std::optional<QString> askComment(const QString &leadName) = 0;
    /// What failed ("Could not accept Jane Doe") and the error's own words.
    virtual void showError(const QString &what, const Error &error) = 0;
};

} // namespace baton
