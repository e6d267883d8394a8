#include "actions/DialogPrompter.h"

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

std::optional<ConversionChoice> DialogPrompter::askConversion(const QString &leadName)
{
    ConvertDialog dialog(leadName, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

void DialogPrompter::showError(const QString &what, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, what, what, QMessageBox::Ok, m_parent);
    box.setInformativeText(error.message);
    box.exec();
}

} // namespace baton
