#include "dialogs/ConvertDialog.h"

#include "agreement/QualificationGate.h"
#include "dialogs/ChecklistAnswersWidget.h"
#include "format/MoneyFormat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace baton {

ConvertDialog::ConvertDialog(const QString &leadName, std::vector<QualificationCriterion> checklist,
                             const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_checklist(new ChecklistAnswersWidget(std::move(checklist), this))
    , m_value(new QDoubleSpinBox(this))
    , m_expectedClose(new QDateEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_gate(new QLabel(this))
{
    setWindowTitle(tr("Convert to opportunity"));

    auto *intro = new QLabel(tr("<b>%1</b> becomes a qualified opportunity (SQL) once the agreement's "
                                "checklist is met.")
                                 .arg(leadName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    auto *checks = new QGroupBox(tr("Qualification checklist"), this);
    auto *checksLayout = new QVBoxLayout(checks);
    checksLayout->addWidget(m_checklist);
    m_gate->setWordWrap(true);
    checksLayout->addWidget(m_gate);

    m_value->setPrefix(MoneyFormat::currencySymbol() + QLatin1Char(' '));
    m_value->setDecimals(2);
    m_value->setRange(0.0, 1'000'000'000.0);
    m_value->setSingleStep(1000.0);
    m_value->setGroupSeparatorShown(true);
    m_value->setSpecialValueText(tr("No estimate yet"));
    m_value->setAlignment(Qt::AlignRight);

    // The day before today stands for "no date": a date edit cannot be empty.
    const QDate earliest = today.isValid() ? today : QDate::currentDate();
    m_expectedClose->setCalendarPopup(true);
    m_expectedClose->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_expectedClose->setMinimumDate(earliest.addDays(-1));
    m_expectedClose->setSpecialValueText(tr("Not known yet"));
    m_expectedClose->setDate(m_expectedClose->minimumDate());

    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Scope, budget, timeline, next step"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Convert"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Estimated &value:"), m_value);
    form->addRow(tr("Expected &close:"), m_expectedClose);
    form->addRow(tr("&Note:"), m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(checks);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_checklist, &ChecklistAnswersWidget::answersChanged, this, &ConvertDialog::updateState);
    updateState();
    resize(std::max(560, sizeHint().width()), sizeHint().height());
}

bool ConvertDialog::isComplete() const
{
    return QualificationGate::check(m_checklist->checklist(), m_checklist->answers()).ok();
}

void ConvertDialog::updateState()
{
    const bool complete = isComplete();
    m_ok->setEnabled(complete);
    const QStringList unmet = m_checklist->unmetRequired();
    if (complete || unmet.isEmpty()) {
        m_gate->setStyleSheet(QStringLiteral("color: #15803d;"));
        m_gate->setText(m_checklist->checklist().empty() ? tr("Nothing to check before converting.")
                                                         : tr("✓ Every required item is met."));
        return;
    }
    m_gate->setStyleSheet(QStringLiteral("color: #b45309;"));
    m_gate->setText(unmet.size() == 1
                        ? tr("Still needs a yes: %1.").arg(unmet.front())
                        : tr("Still need a yes: %1.").arg(QLocale().createSeparatedList(unmet)));
}

QString ConvertDialog::gateText() const
{
    return m_gate->text();
}

ConversionChoice ConvertDialog::choice() const
{
    ConversionChoice choice;
    choice.conversion.valueCents = static_cast<qint64>(std::llround(m_value->value() * 100.0));
    choice.conversion.note = m_note->toPlainText().trimmed();
    if (m_expectedClose->date() != m_expectedClose->minimumDate())
        choice.conversion.expectedClose = m_expectedClose->date();
    choice.conversion.answers = m_checklist->answers();
    return choice;
}

} // namespace baton
