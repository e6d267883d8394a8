#include "dialogs/ConvertDialog.h"

#include "format/MoneyFormat.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace baton {

ConvertDialog::ConvertDialog(const QString &leadName, QWidget *parent)
    : QDialog(parent)
    , m_value(new QDoubleSpinBox(this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Convert to opportunity"));

    auto *intro = new QLabel(
        tr("<b>%1</b> becomes a qualified opportunity (SQL).").arg(leadName.toHtmlEscaped()), this);
    intro->setWordWrap(true);

    m_value->setPrefix(MoneyFormat::currencySymbol() + QLatin1Char(' '));
    m_value->setDecimals(2);
    m_value->setRange(0.0, 1'000'000'000.0);
    m_value->setSingleStep(1000.0);
    m_value->setGroupSeparatorShown(true);
    m_value->setSpecialValueText(tr("No estimate yet"));
    m_value->setAlignment(Qt::AlignRight);

    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Scope, budget, timeline, next step"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 5);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Convert"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Estimated &value:"), m_value);
    form->addRow(tr("&Note:"), m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

ConversionChoice ConvertDialog::choice() const
{
    ConversionChoice choice;
    choice.conversion.valueCents = static_cast<qint64>(std::llround(m_value->value() * 100.0));
    choice.conversion.note = m_note->toPlainText().trimmed();
    return choice;
}

} // namespace baton
