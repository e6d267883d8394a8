#pragma once

#include "rejections/ReviewPrompter.h"

class QWidget;

namespace baton {

class Clock;

/// Asks through ReviewTextDialog and RecycleDialog.
class DialogReviewPrompter final : public ReviewPrompter {
public:
    DialogReviewPrompter(const Clock &clock, QWidget *parent);

    std::optional<QString> askText(const QString &title, const QString &prompt, bool required) override;
    std::optional<RecycleChoice> askRecycle(const QString &leadName, const std::vector<Reason> &reasons,
                                            const QDate &suggestedRevisit) override;

private:
    const Clock &m_clock;
    QWidget *m_parent;
};

} // namespace baton
