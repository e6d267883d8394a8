#include "agreement/EffectiveVersionBanner.h"

#include "agreement/AgreementText.h"
#include "agreement/DefinitionVersion.h"
#include "agreement/UserDirectory.h"

#include <QLabel>
#include <QVBoxLayout>

namespace baton {

EffectiveVersionBanner::EffectiveVersionBanner(QWidget *parent)
    : QFrame(parent)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("effectiveVersionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#effectiveVersionBanner { background: #eff6ff; border: 1px solid #bfdbfe; "
                                 "border-radius: 4px; } #effectiveVersionBanner QLabel { color: #1e293b; }"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_headline->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
}

void EffectiveVersionBanner::showVersion(const DefinitionVersion &version, const UserDirectory &users)
{
    if (version.number == 0) {
        m_headline->setText(tr("Effective: the built-in defaults (version 0)"));
        m_details->setText(tr("Nothing has been signed yet. Baton applies its built-in definition until a "
                              "marketing manager and a sales manager both sign a proposal."));
        return;
    }
    QString headline = tr("Effective: version %1").arg(version.number);
    if (version.effectiveFrom)
        headline += tr(" since %1").arg(AgreementText::time(*version.effectiveFrom));
    if (const auto seconds = version.timeToAgreementSeconds())
        headline += QStringLiteral(" · ") + AgreementText::agreedIn(*seconds);
    m_headline->setText(headline);

    QStringList signatures;
    for (const DefinitionSignature &signature : version.signatures)
        signatures << AgreementText::signature(signature, users);
    if (signatures.isEmpty()) {
        m_details->setText(tr("No signatures recorded."));
        return;
    }
    const QString last = signatures.takeLast();
    m_details->setText(signatures.isEmpty()
                           ? tr("Signed by %1.").arg(last)
                           : tr("Signed by %1 and %2.").arg(signatures.join(QStringLiteral(", ")), last));
}

void EffectiveVersionBanner::showError(const QString &message)
{
    m_headline->setText(tr("The effective definition cannot be read"));
    m_details->setText(message);
}

QString EffectiveVersionBanner::text() const
{
    return m_headline->text() + QLatin1Char('\n') + m_details->text();
}

} // namespace baton
