#include "review/DecisionDialog.h"

#include "review/MetricComboBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

namespace baton {

DecisionDialog::DecisionDialog(const std::vector<DefinitionVersion> &drafts,
                               const std::optional<MetricKey> &metric, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_metric(new MetricComboBox(this))
    , m_draft(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record a decision"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What both teams decided (required)"));
    m_metric->setMetric(metric);
    m_draft->addItem(tr("None"));
    for (const DefinitionVersion &version : drafts)
        m_draft->addItem(draftLabel(version), version.id);
    m_draft->setEnabled(!drafts.empty());
    if (drafts.empty())
        m_draft->setToolTip(tr("The agreement has no draft or proposal under way."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Decision:"), m_text);
    form->addRow(tr("&Next to:"), m_metric);
    form->addRow(tr("&Led to:"), m_draft);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateOk);
    updateOk();
    resize(520, 260);
    m_text->setFocus();
}

QString DecisionDialog::draftLabel(const DefinitionVersion &version)
{
    if (version.kind == VersionKind::Proposal) {
        return tr("Proposal %1 (signed by %2 of 2)")
            .arg(version.number)
            .arg(static_cast<int>(version.signatures.size()));
    }
    return version.team ? tr("Draft %1 (%2)").arg(version.number).arg(teamName(*version.team))
                        : tr("Draft %1").arg(version.number);
}

ReviewMeetingService::Decision DecisionDialog::decision() const
{
    ReviewMeetingService::Decision decision;
    decision.text = m_text->toPlainText().trimmed();
    if (const auto key = m_metric->metric())
        decision.metric = metricKeyName(*key);
    if (const QVariant draft = m_draft->currentData(); draft.isValid())
        decision.definitionVersionId = draft.toLongLong();
    return decision;
}

void DecisionDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
}

} // namespace baton
