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
    std::optional<QString> closingReason;
    std::optional<QString> comment;

    std::vector<Reason> offeredReasons;
    std::vector<QualificationCriterion> offeredChecklist;
    std::optional<bool> askedWon;
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
    std::optional<ConversionChoice> askConversion(const QString &,
                                                  const std::vector<QualificationCriterion> &checklist,
                                                  const QDate &) override
    {
        ++questions;
        offeredChecklist = checklist;
        return conversion;
    }
    std::optional<QString> askClosing(const QString &, bool won) override
    {
        ++questions;
        askedWon = won;
        return closingReason;
    }
    std::optional<QString> askComment(const QString &) override
    {
        ++questions;
        return comment;
    }
    void showError(const QString &, const Error &error) override { errors.push_back(error); }
};

} // namespace baton::test
