#pragma once

#include "actions/LeadPrompter.h"

class QWidget;

namespace baton {

/// Asks through the Reject, Log activity, Convert, Mark won / lost and Comment dialogs; shows failures in a
/// message box.
class DialogPrompter final : public LeadPrompter {
public:
    explicit DialogPrompter(QWidget *parent);

    std::optional<RejectionChoice> askRejection(const QString &leadName,
                                                const std::vector<Reason> &reasons) override;
    std::optional<ActivityChoice> askActivity(const QString &leadName) override;
    std::optional<ConversionChoice> askConversion(const QString &leadName,
                                                  const std::vector<QualificationCriterion> &checklist,
                                                  const QDate &today) override;
    std::optional<QString> askClosing(const QString &leadName, bool won) override;
    std::optional<QString> askComment(const QString &leadName) override;
    void showError(const QString &what, const Error &error) override;

private:
    QWidget *m_parent;
};

} // namespace baton
