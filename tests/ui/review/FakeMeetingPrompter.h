#pragma once

#include "review/MeetingPrompter.h"

#include <optional>
#include <vector>

namespace baton::test {

/// Answers meeting mode's questions with what a test set up, and records what it was offered and
/// which errors it was shown.
class FakeMeetingPrompter final : public MeetingPrompter {
public:
    std::optional<ReviewMeetingService::Decision> decision;
    std::optional<ReviewMeetingService::NewActionItem> item;

    std::vector<DefinitionVersion> offeredDrafts;
    std::vector<User> offeredUsers;
    std::optional<MetricKey> offeredMetric;
    QDate offeredDue;
    int questions = 0;
    std::vector<Error> errors;

    std::optional<ReviewMeetingService::Decision> askDecision(const std::vector<DefinitionVersion> &drafts,
                                                              const std::optional<MetricKey> &metric) override
    {
        ++questions;
        offeredDrafts = drafts;
        offeredMetric = metric;
        return decision;
    }
    std::optional<ReviewMeetingService::NewActionItem> askActionItem(const std::vector<User> &users,
                                                                     const std::optional<MetricKey> &metric,
                                                                     const QDate &due) override
    {
        ++questions;
        offeredUsers = users;
        offeredMetric = metric;
        offeredDue = due;
        return item;
    }
    void showError(const QString &, const Error &error) override { errors.push_back(error); }
};

} // namespace baton::test
