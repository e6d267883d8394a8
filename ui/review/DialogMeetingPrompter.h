#pragma once

#include "review/MeetingPrompter.h"

class QWidget;

namespace baton {

/// Asks through DecisionDialog and ActionItemDialog; shows errors in a message box.
class DialogMeetingPrompter final : public MeetingPrompter {
public:
    explicit DialogMeetingPrompter(QWidget *parent);

    std::optional<ReviewMeetingService::Decision>
    askDecision(const std::vector<DefinitionVersion> &drafts,
                const std::optional<MetricKey> &metric) override;
    std::optional<ReviewMeetingService::NewActionItem> askActionItem(const std::vector<User> &users,
                                                                     const std::optional<MetricKey> &metric,
                                                                     const QDate &due) override;
    void showError(const QString &title, const Error &error) override;

private:
    QWidget *m_parent;
};

} // namespace baton
