#include "actions/DialogPrompter.h"

#include "dialogs/CloseOpportunityDialog.h"
#include "dialogs/CommentDialog.h"
#include "dialogs/ConvertDialog.h"
#include "dialogs/LogActivityDialog.h"
#include "dialogs/RejectDialog.h"

#include <QMessageBox>

namespace baton {

DialogPrompter::DialogPrompter(QWidget *parent)
    : m_parent(parent)
{}

std::optional<RejectionChoice> DialogPrompter::askRejection(const QString &leadName,
                                                            const std::vector<Reason> &reasons)
{
    RejectDialog dialog(leadName, reasons, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

std::optional<ActivityChoice> DialogPrompter::askActivity(const QString &leadName)
{
    LogActivityDialog dialog(leadName, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

std::optional<ConversionChoice>
DialogPrompter::askConversion(const QString &leadName, const std::vector<QualificationCriterion> &checklist,
                              const QDate &today)
{
    ConvertDialog dialog(leadName, checklist, today, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

std::optional<QString> DialogPrompter::askClosing(const QString &leadName, bool won)
{
    CloseOpportunityDialog dialog(leadName, won, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

std::optional<QString> DialogPrompter::askComment(const QString &leadName)
{
    CommentDialog dialog(leadName, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.body();
}

void DialogPrompter::showError(const QString &what, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, what, what, QMessageBox::Ok, m_parent);
    box.setInformativeText(error.message);
    box.exec();
}

} // namespace baton
