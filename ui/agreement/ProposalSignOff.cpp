#include "agreement/ProposalSignOff.h"

#include "agreement/AgreementText.h"
#include "agreement/UserDirectory.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace baton {

ProposalSignOff::ProposalSignOff(const DefinitionVersion &proposal, const UserDirectory &users,
                                 QWidget *parent)
    : QFrame(parent)
    , m_proposal(proposal)
    , m_title(new QLabel(this))
    , m_marketingSignature(new QLabel(this))
    , m_salesSignature(new QLabel(this))
    , m_signMarketing(new QPushButton(tr("Sign as marketing manager"), this))
    , m_signSales(new QPushButton(tr("Sign as sales manager"), this))
    , m_compare(new QPushButton(tr("See what it changes"), this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(tr("Version %1 · proposed by %2 on %3")
                         .arg(proposal.number)
                         .arg(users.nameOf(proposal.createdBy), AgreementText::time(proposal.createdAt)));
    m_marketingSignature->setTextFormat(Qt::PlainText);
    m_salesSignature->setTextFormat(Qt::PlainText);
    m_marketingSignature->setText(signatureText(Role::MarketingManager, users));
    m_salesSignature->setText(signatureText(Role::SalesManager, users));

    m_compare->setToolTip(
        tr("Compare version %1 with the effective version on the History tab").arg(proposal.number));
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_compare, 0, 1);
    grid->addWidget(m_marketingSignature, 1, 0);
    grid->addWidget(m_signMarketing, 1, 1);
    grid->addWidget(m_salesSignature, 2, 0);
    grid->addWidget(m_signSales, 2, 1);
    grid->setColumnStretch(0, 1);

    connect(m_signMarketing, &QPushButton::clicked, this,
            [this] { Q_EMIT signRequested(m_proposal.number); });
    connect(m_signSales, &QPushButton::clicked, this, [this] { Q_EMIT signRequested(m_proposal.number); });
    connect(m_compare, &QPushButton::clicked, this, [this] { Q_EMIT compareRequested(m_proposal.number); });
    setUser(std::nullopt);
}

bool ProposalSignOff::hasSigned(Role role) const
{
    return std::any_of(m_proposal.signatures.begin(), m_proposal.signatures.end(),
                       [role](const DefinitionSignature &signature) { return signature.role == role; });
}

QString ProposalSignOff::signatureText(Role role, const UserDirectory &users) const
{
    const auto signature = std::find_if(m_proposal.signatures.begin(), m_proposal.signatures.end(),
                                        [role](const DefinitionSignature &s) { return s.role == role; });
    const QString roleText = roleLabel(role);
    if (signature == m_proposal.signatures.end())
        return tr("%1: not signed yet").arg(roleText);
    return tr("%1: signed by %2 on %3")
        .arg(roleText, users.nameOf(signature->userId), AgreementText::time(signature->signedAt));
}

void ProposalSignOff::setUser(const std::optional<User> &user)
{
    const auto enable = [&](QPushButton *button, Role role) {
        const bool signedAlready = hasSigned(role);
        const bool hasRole = user && user->role == role;
        button->setEnabled(hasRole && !signedAlready);
        if (signedAlready)
            button->setToolTip(tr("The %1 has signed already").arg(roleLabel(role).toLower()));
        else if (!hasRole)
            button->setToolTip(tr("Only a %1 signs here").arg(roleLabel(role).toLower()));
        else
            button->setToolTip(
                tr("Sign version %1 as %2").arg(m_proposal.number).arg(roleLabel(role).toLower()));
    };
    enable(m_signMarketing, Role::MarketingManager);
    enable(m_signSales, Role::SalesManager);
}

QPushButton *ProposalSignOff::signButton(Role role) const
{
    return role == Role::SalesManager ? m_signSales : m_signMarketing;
}

QString ProposalSignOff::text() const
{
    return QStringList{m_title->text(), m_marketingSignature->text(), m_salesSignature->text()}.join(
        QLatin1Char('\n'));
}

} // namespace baton
