#pragma once

#include "actions/LeadPrompter.h"

#include <QString>

#include <optional>
#include <vector>

namespace baton::test {

/// Answers the lead actions' questions with what a test set up, and records what it was
/// asked and which errors it was shown.
class FakePrompter final : public LeadPrompter {
public:
    std::optional<RejectionChoice> rejection;
    std::optional<ActivityChoice> activity;
    std::optional<ConversionChoice> conversion;

    std::vector<Reason> offeredReasons;
    int questions = 0;
    std::vector<Error> errors;

    std::optional<RejectionChoice> askRejection(const QString &, const std::vector<Reason> &reasons) override
    {
        ++questions;
        offeredReasons = reasons;
        return rejection;
    }
    std::optional<ActivityChoice> askActivity(const QString &) override
    {
        ++questions;
        return activity;
    }
    std::optional<ConversionChoice> askConversion(const QString &) override
    {
        ++questions;
        return conversion;
    }
    void showError(const QString &, const Error &error) override { errors.push_back(error); }
};

} // namespace baton::test
