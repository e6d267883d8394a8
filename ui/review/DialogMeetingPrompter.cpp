#include "review/DialogMeetingPrompter.h"

#include "review/ActionItemDialog.h"
#include "review/DecisionDialog.h"

#include <QMessageBox>

namespace baton {

DialogMeetingPrompter::DialogMeetingPrompter(QWidget *parent)
    : m_parent(parent)
{}

std::optional<ReviewMeetingService::Decision>
DialogMeetingPrompter::askDecision(const std::vector<DefinitionVersion> &drafts,
                                   const std::optional<MetricKey> &metric)
{
    DecisionDialog dialog(drafts, metric, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.decision();
}

std::optional<ReviewMeetingService::NewActionItem>
DialogMeetingPrompter::askActionItem(const std::vector<User> &users, const std::optional<MetricKey> &metric,
                                     const QDate &due)
{
    ActionItemDialog dialog(users, metric, due, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.item();
}

void DialogMeetingPrompter::showError(const QString &title, const Error &error)
{
    QMessageBox::warning(m_parent, title, error.message);
}

} // namespace baton
