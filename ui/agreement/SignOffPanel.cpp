#include "agreement/SignOffPanel.h"

#include "agreement/AgreementText.h"
#include "agreement/ProposalSignOff.h"
#include "agreement/UserDirectory.h"
#include "services/AgreementService.h"
#include "session/ReadOnlyLock.h"
#include "session/Session.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace baton {

SignOffPanel::SignOffPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_empty(new QLabel(tr("No proposal is waiting for signatures. When both teams have drafted, a manager "
                            "reconciles the drafts into a proposal on the Drafts tab."),
                         this))
{
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide(); // until there is something to say: an empty line would push the proposals down
    m_empty->setWordWrap(true);

    auto *content = new QWidget(this);
    m_list = new QVBoxLayout(content);
    m_list->addWidget(m_empty);
    m_list->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *intro =
        new QLabel(tr("A proposal becomes the effective definition when a marketing manager and a sales "
                      "manager have both signed it."),
                   this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    connect(&m_session, &Session::userChanged, this, &SignOffPanel::updateUser);
}

void SignOffPanel::refresh()
{
    for (ProposalSignOff *card : m_proposals) {
        m_list->removeWidget(card);
        card->hide();
        card->deleteLater(); // it may be the sender of the click that got us here
    }
    m_proposals.clear();
    auto versions = AgreementService(m_session.database(), m_session.clock()).list();
    if (!versions) {
        showStatus(versions.error().message, true);
        Q_EMIT openCountChanged(0);
        return;
    }
    const UserDirectory users = UserDirectory::load(m_session.database());
    for (const DefinitionVersion &version : *versions) {
        if (version.kind != VersionKind::Proposal || version.status != VersionStatus::Proposed)
            continue;
        auto *card = new ProposalSignOff(version, users, m_list->parentWidget());
        ReadOnlyLock::apply(m_session.database(),
                            {card->signButton(Role::MarketingManager), card->signButton(Role::SalesManager)});
        connect(card, &ProposalSignOff::signRequested, this, &SignOffPanel::sign);
        connect(card, &ProposalSignOff::compareRequested, this, &SignOffPanel::compareRequested);
        m_list->insertWidget(static_cast<int>(m_proposals.size()), card);
        m_proposals.push_back(card);
    }
    m_empty->setVisible(m_proposals.empty());
    updateUser();
    Q_EMIT openCountChanged(static_cast<int>(m_proposals.size()));
}

void SignOffPanel::updateUser()
{
    for (ProposalSignOff *card : m_proposals)
        card->setUser(m_session.user());
}

ProposalSignOff *SignOffPanel::proposal(int number) const
{
    for (ProposalSignOff *card : m_proposals) {
        if (card->number() == number)
            return card;
    }
    return nullptr;
}

void SignOffPanel::sign(int number)
{
    const auto &user = m_session.user();
    if (!user)
        return;
    auto version = AgreementService(m_session.database(), m_session.clock()).sign(number, user->id);
    if (!version) {
        showStatus(version.error().message, true);
        QMessageBox::warning(this, tr("Not signed"), version.error().message);
        refresh(); // someone else may have signed meanwhile
        return;
    }
    QString text = tr("Signed version %1 as %2.").arg(number).arg(roleLabel(user->role).toLower());
    if (version->status == VersionStatus::Effective) {
        text += QLatin1Char(' ') + tr("Version %1 is now the effective definition").arg(number);
        if (const auto seconds = version->timeToAgreementSeconds())
            text += QStringLiteral(" (%1)").arg(AgreementText::agreedIn(*seconds));
        text += QLatin1Char('.');
    }
    refresh();
    showStatus(text, false);
    Q_EMIT versionsChanged();
    if (version->status == VersionStatus::Effective)
        Q_EMIT versionBecameEffective(number);
}

void SignOffPanel::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString SignOffPanel::statusText() const
{
    return m_status->text();
}

} // namespace baton
