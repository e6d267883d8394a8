#include "rejections/DialogReviewPrompter.h"

#include "common/Clock.h"
#include "rejections/RecycleDialog.h"
#include "rejections/ReviewTextDialog.h"

namespace baton {

DialogReviewPrompter::DialogReviewPrompter(const Clock &clock, QWidget *parent)
    : m_clock(clock)
    , m_parent(parent)
{}

std::optional<QString> DialogReviewPrompter::askText(const QString &title, const QString &prompt,
                                                     bool required)
{
    ReviewTextDialog dialog(title, prompt, required, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.text();
}

std::optional<RecycleChoice> DialogReviewPrompter::askRecycle(const QString &leadName,
                                                              const std::vector<Reason> &reasons,
                                                              const QDate &suggestedRevisit)
{
    RecycleDialog dialog(leadName, reasons, suggestedRevisit, m_clock.now().toLocalTime().date(), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

} // namespace baton
