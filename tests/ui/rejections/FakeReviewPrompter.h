#pragma once

#include "rejections/ReviewPrompter.h"

#include <QStringList>

namespace baton::test {

/// Answers the Rejections page's questions with what a test set up, and records the titles it
/// was asked with.
class FakeReviewPrompter final : public ReviewPrompter {
public:
    std::optional<QString> text;
    std::optional<RecycleChoice> recycle;

    QStringList titles;
    std::vector<Reason> offeredReasons;
    QDate suggestedRevisit;

    std::optional<QString> askText(const QString &title, const QString &, bool) override
    {
        titles << title;
        return text;
    }
    std::optional<RecycleChoice> askRecycle(const QString &leadName, const std::vector<Reason> &reasons,
                                            const QDate &suggested) override
    {
        titles << leadName;
        offeredReasons = reasons;
        suggestedRevisit = suggested;
        return recycle;
    }
};

} // namespace baton::test
