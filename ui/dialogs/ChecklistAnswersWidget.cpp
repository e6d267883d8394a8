#include "dialogs/ChecklistAnswersWidget.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

#include <array>

namespace baton {
namespace {

constexpr std::array<ChecklistAnswer::Value, 3> values{
    ChecklistAnswer::Value::Yes, ChecklistAnswer::Value::No, ChecklistAnswer::Value::Unknown};

QString valueLabel(ChecklistAnswer::Value value)
{
    switch (value) {
    case ChecklistAnswer::Value::Yes:
        return ChecklistAnswersWidget::tr("Yes");
    case ChecklistAnswer::Value::No:
        return ChecklistAnswersWidget::tr("No");
    case ChecklistAnswer::Value::Unknown:
        return ChecklistAnswersWidget::tr("Unknown");
    }
    return {};
}

} // namespace

ChecklistAnswersWidget::ChecklistAnswersWidget(std::vector<QualificationCriterion> checklist, QWidget *parent)
    : QWidget(parent)
    , m_checklist(std::move(checklist))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setColumnStretch(4, 1);
    if (m_checklist.empty()) {
        auto *none = new QLabel(tr("The agreement has no qualification checklist."), this);
        none->setEnabled(false);
        grid->addWidget(none, 0, 0);
        return;
    }
    for (const QualificationCriterion &item : m_checklist) {
        const int line = static_cast<int>(m_rows.size());
        auto *name = new QLabel(this);
        name->setTextFormat(Qt::RichText);
        name->setText(
            item.required
                ? tr("<b>%1</b>").arg(item.name.toHtmlEscaped())
                : tr("%1 <span style=\"color:#6b7280\">(optional)</span>").arg(item.name.toHtmlEscaped()));
        name->setToolTip(item.required ? tr("Required: the lead becomes an opportunity only with a yes here")
                                       : tr("Optional: recorded, but does not hold the conversion back"));
        grid->addWidget(name, line, 0);

        Row row;
        row.group = new QButtonGroup(this);
        int column = 1;
        for (ChecklistAnswer::Value value : values) {
            auto *button = new QRadioButton(valueLabel(value), this);
            button->setAccessibleName(QStringLiteral("%1: %2").arg(item.name, valueLabel(value)));
            row.group->addButton(button, static_cast<int>(value));
            grid->addWidget(button, line, column++);
        }
        row.group->button(static_cast<int>(ChecklistAnswer::Value::Unknown))->setChecked(true);
        row.note = new QLineEdit(this);
        row.note->setPlaceholderText(tr("Note (optional)"));
        row.note->setAccessibleName(tr("Note on %1").arg(item.name));
        row.note->setMinimumWidth(160);
        grid->addWidget(row.note, line, column);
        connect(row.group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked)
                Q_EMIT answersChanged();
        });
        m_rows.push_back(row);
    }
}

ChecklistAnswer::Value ChecklistAnswersWidget::valueOf(const Row &row) const
{
    const int id = row.group->checkedId();
    return id < 0 ? ChecklistAnswer::Value::Unknown : static_cast<ChecklistAnswer::Value>(id);
}

std::vector<ChecklistAnswer> ChecklistAnswersWidget::answers() const
{
    std::vector<ChecklistAnswer> answers;
    answers.reserve(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i)
        answers.push_back(
            ChecklistAnswer{m_checklist[i].id, valueOf(m_rows[i]), m_rows[i].note->text().trimmed()});
    return answers;
}

QStringList ChecklistAnswersWidget::unmetRequired() const
{
    QStringList unmet;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_checklist[i].required && valueOf(m_rows[i]) != ChecklistAnswer::Value::Yes)
            unmet << m_checklist[i].name;
    }
    return unmet;
}

QAbstractButton *ChecklistAnswersWidget::answerButton(int item, ChecklistAnswer::Value value) const
{
    if (item < 0 || item >= itemCount())
        return nullptr;
    return m_rows[static_cast<size_t>(item)].group->button(static_cast<int>(value));
}

QLineEdit *ChecklistAnswersWidget::noteField(int item) const
{
    if (item < 0 || item >= itemCount())
        return nullptr;
    return m_rows[static_cast<size_t>(item)].note;
}

} // namespace baton
