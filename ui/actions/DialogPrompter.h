#pragma once

#include "actions/LeadPrompter.h"

class QWidget;

namespace baton {

/// Asks through the Reject, Log activity and Convert dialogs; shows failures in a message box.
class DialogPrompter final : public LeadPrompter {
public:
    explicit DialogPrompter(QWidget *parent);

    std::optional<RejectionChoice> askRejection(const QString &leadName,
                                                const std::vector<Reason> &reasons) override;
    std::optional<ActivityChoice> askActivity(const QString &leadName) override;
    std::optional<ConversionChoice> askConversion(const QString &leadName) override;
    void showError(const QString &what, const Error &error) override;

private:
    QWidget *m_parent;
};

} // namespace baton
