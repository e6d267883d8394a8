#pragma once

#include "agreement/DefinitionVersion.h"
#include "common/Error.h"
#include "domain/User.h"
#include "meeting/ReviewMeetingService.h"
#include "metrics/MetricKey.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace baton {

/// Where meeting mode asks a person for a decision or an action item and shows what went wrong.
/// The app shows dialogs; tests answer directly.
class MeetingPrompter {
public:
    MeetingPrompter() = default;
    MeetingPrompter(const MeetingPrompter &) = delete;
    MeetingPrompter &operator=(const MeetingPrompter &) = delete;
    virtual ~MeetingPrompter() = default;

    /// A decision (its week left empty), or none when the person cancelled.
    virtual std::optional<ReviewMeetingService::Decision>
    askDecision(const std::vector<DefinitionVersion> &drafts, const std::optional<MetricKey> &metric) = 0;
    /// An action item (its week left empty), or none when the person cancelled.
    virtual std::optional<ReviewMeetingService::NewActionItem>
    askActionItem(const std::vector<User> &users, const std::optional<MetricKey> &metric,
                  const QDate &due) = 0;
    virtual void showError(const QString &title, const Error &error) = 0;
};

} // namespace baton
