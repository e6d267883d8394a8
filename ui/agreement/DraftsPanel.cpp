#include "agreement/DraftsPanel.h"

#include "agreement/AgreementText.h"
#include "agreement/DefinitionDiff.h"
#include "agreement/DefinitionDiffView.h"
#include "agreement/UserDirectory.h"
#include "agreement/editor/DefinitionEditorDialog.h"
#include "services/AgreementService.h"
#include "session/ReadOnlyLock.h"
#include "session/Session.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {
namespace {

/// Mirrors AgreementService: a team's manager writes its draft, an admin either.
bool mayDraft(const std::optional<User> &user, DefinitionTeam team)
{
    if (!user)
        return false;
    if (user->role == Role::Admin)
        return true;
    return team == DefinitionTeam::Marketing ? user->role == Role::MarketingManager
                                             : user->role == Role::SalesManager;
}

/// Mirrors AgreementService: managers and admins propose.
bool mayPropose(const std::optional<User> &user)
{
    return user && user->role != Role::Sdr;
}

QString sideTitle(DefinitionTeam team, const std::optional<DefinitionVersion> &draft)
{
    return draft ? DraftsPanel::tr("%1 (version %2)").arg(AgreementText::draftOf(team)).arg(draft->number)
                 : AgreementText::draftOf(team);
}

} // namespace

DraftsPanel::DraftsPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_marketingSide(new QLabel(this))
    , m_salesSide(new QLabel(this))
    , m_editMarketing(new QPushButton(tr("Edit &marketing's draft…"), this))
    , m_editSales(new QPushButton(tr("Edit &sales' draft…"), this))
    , m_reconcile(new QPushButton(tr("&Reconcile into a proposal…"), this))
    , m_status(new QLabel(this))
    , m_diff(new DefinitionDiffView(this))
{
    const auto sideBox = [this](const QString &title, QLabel *label, QPushButton *button) {
        auto *box = new QGroupBox(title, this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(label, 1);
        layout->addWidget(button, 0, Qt::AlignLeft);
        return box;
    };
    auto *sides = new QHBoxLayout;
    sides->addWidget(
        sideBox(AgreementText::draftOf(DefinitionTeam::Marketing), m_marketingSide, m_editMarketing));
    sides->addWidget(sideBox(AgreementText::draftOf(DefinitionTeam::Sales), m_salesSide, m_editSales));

    m_reconcile->setToolTip(tr("Store one definition both drafts agree on, for both managers to sign"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_reconcile);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sides);
    layout->addLayout(actions);
    layout->addWidget(m_diff, 1);

    connect(m_editMarketing, &QPushButton::clicked, this, [this] { editDraft(DefinitionTeam::Marketing); });
    connect(m_editSales, &QPushButton::clicked, this, [this] { editDraft(DefinitionTeam::Sales); });
    connect(m_reconcile, &QPushButton::clicked, this, &DraftsPanel::reconcile);
    connect(&m_session, &Session::userChanged, this, &DraftsPanel::updateButtons);
    updateButtons();
    ReadOnlyLock::apply(m_session.database(), {m_editMarketing, m_editSales, m_reconcile});
}

void DraftsPanel::refresh()
{
    AgreementService service(m_session.database(), m_session.clock());
    auto effective = service.effective();
    auto versions = effective ? service.list() : Result<std::vector<DefinitionVersion>>(effective.error());
    if (!versions) {
        m_effective.reset();
        m_drafts = {};
        m_marketingSide->clear();
        m_salesSide->clear();
        m_diff->showMessage(versions.error().message);
        updateButtons();
        return;
    }
    m_effective = *effective;
    m_drafts = CurrentDrafts::from(*versions, *m_effective);
    const UserDirectory users = UserDirectory::load(m_session.database());
    showSide(m_marketingSide, DefinitionTeam::Marketing, users);
    showSide(m_salesSide, DefinitionTeam::Sales, users);
    showDiff();
    updateButtons();
}

void DraftsPanel::showSide(QLabel *label, DefinitionTeam team, const UserDirectory &users) const
{
    const auto &draft = m_drafts.of(team);
    if (!draft) {
        label->setText(tr("No draft in this round yet. Editing starts from %1.").arg(effectiveName()));
        return;
    }
    label->setText(tr("Version %1, by %2 on %3.")
                       .arg(draft->number)
                       .arg(users.nameOf(draft->createdBy), AgreementText::time(draft->createdAt)));
}

void DraftsPanel::showDiff()
{
    if (!m_effective)
        return;
    const auto side = [this](DefinitionTeam team) -> const Definition & {
        const auto &draft = m_drafts.of(team);
        return draft ? draft->definition : m_effective->definition;
    };
    const auto title = [this](DefinitionTeam team) {
        return m_drafts.of(team) ? sideTitle(team, m_drafts.of(team)) : effectiveName();
    };
    if (!m_drafts.marketing && !m_drafts.sales) {
        m_diff->showMessage(tr("Neither team has drafted a change to %1 yet. A marketing manager starts with "
                               "“Edit marketing's draft…”, a sales manager with “Edit sales' draft…”.")
                                .arg(effectiveName()));
        return;
    }
    const auto name = [this](DefinitionTeam team) {
        return m_drafts.of(team) ? AgreementText::draftOf(team).toLower() : effectiveName();
    };
    m_diff->showSideBySide(
        DefinitionDiff::compare(side(DefinitionTeam::Marketing), side(DefinitionTeam::Sales)),
        title(DefinitionTeam::Marketing), title(DefinitionTeam::Sales), name(DefinitionTeam::Marketing),
        name(DefinitionTeam::Sales));
}

void DraftsPanel::updateButtons()
{
    const auto &user = m_session.user();
    const bool loaded = m_effective.has_value();
    m_editMarketing->setEnabled(loaded && mayDraft(user, DefinitionTeam::Marketing));
    m_editMarketing->setToolTip(mayDraft(user, DefinitionTeam::Marketing)
                                    ? tr("Change marketing's draft and store it as a new version")
                                    : tr("Only a marketing manager or an admin edits marketing's draft"));
    m_editSales->setEnabled(loaded && mayDraft(user, DefinitionTeam::Sales));
    m_editSales->setToolTip(mayDraft(user, DefinitionTeam::Sales)
                                ? tr("Change sales' draft and store it as a new version")
                                : tr("Only a sales manager or an admin edits sales' draft"));
    m_reconcile->setEnabled(loaded && m_drafts.complete() && mayPropose(user));
    if (!m_drafts.complete())
        m_reconcile->setToolTip(tr("Both teams need a draft before they can be reconciled"));
    else if (!mayPropose(user))
        m_reconcile->setToolTip(tr("Managers and admins propose the definition"));
    else
        m_reconcile->setToolTip(tr("Store one definition both drafts agree on, for both managers to sign"));
}

void DraftsPanel::editDraft(DefinitionTeam team)
{
    if (!m_effective || !mayDraft(m_session.user(), team))
        return;
    const auto &draft = m_drafts.of(team);
    const QString from = draft ? tr("version %1").arg(draft->number) : effectiveName();
    const QString title = tr("Edit %1 — starting from %2").arg(AgreementText::draftOf(team).toLower(), from);
    const Definition &start = draft ? draft->definition : m_effective->definition;
    DefinitionEditorDialog dialog(title, start, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Definition edited = dialog.definition();
    if (draft && edited == draft->definition) {
        showStatus(tr("Nothing changed; %1 stays version %2.")
                       .arg(AgreementText::draftOf(team).toLower())
                       .arg(draft->number));
        return;
    }
    storeDraft(team, edited);
}

void DraftsPanel::storeDraft(DefinitionTeam team, const Definition &definition)
{
    const auto &user = m_session.user();
    if (!user)
        return;
    auto stored =
        AgreementService(m_session.database(), m_session.clock()).importDraft(team, definition, user->id);
    if (!stored) {
        refuse(tr("The draft was not stored"), stored.error().message);
        return;
    }
    refresh();
    showStatus(
        tr("Stored %1 as version %2.").arg(AgreementText::draftOf(team).toLower()).arg(stored->number));
    Q_EMIT versionsChanged();
}

void DraftsPanel::reconcile()
{
    if (!m_effective || !m_drafts.complete() || !mayPropose(m_session.user()))
        return;
    const DefinitionVersion &marketing = *m_drafts.marketing;
    const DefinitionVersion &sales = *m_drafts.sales;
    if (marketing.definition == sales.definition) {
        const auto answer = QMessageBox::question(this, tr("Propose the drafts"),
                                                  tr("Drafts %1 and %2 agree on every rule. Propose them as "
                                                     "they are, for a marketing manager and a "
                                                     "sales manager to sign?")
                                                      .arg(marketing.number)
                                                      .arg(sales.number));
        if (answer == QMessageBox::Yes)
            propose(std::nullopt);
        return;
    }
    DefinitionEditorDialog dialog(
        tr("Reconcile drafts %1 and %2 into a proposal — starting from marketing's draft")
            .arg(marketing.number)
            .arg(sales.number),
        marketing.definition, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    propose(dialog.definition());
}

void DraftsPanel::propose(const std::optional<Definition> &reconciled)
{
    const auto &user = m_session.user();
    if (!user || !m_drafts.complete())
        return;
    const int marketing = m_drafts.marketing->number;
    const int sales = m_drafts.sales->number;
    auto proposal = AgreementService(m_session.database(), m_session.clock())
                        .propose(marketing, sales, reconciled, user->id);
    if (!proposal) {
        refuse(tr("The proposal was not stored"), proposal.error().message);
        return;
    }
    refresh();
    showStatus(
        tr("Stored version %1: a proposal from drafts %2 and %3. A marketing manager and a sales manager "
           "sign it on the Sign-off tab.")
            .arg(proposal->number)
            .arg(marketing)
            .arg(sales));
    Q_EMIT versionsChanged();
    Q_EMIT proposalStored(proposal->number);
}

void DraftsPanel::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
    m_status->setText(text);
}

void DraftsPanel::refuse(const QString &title, const QString &message)
{
    showStatus(message, true);
    QMessageBox::warning(this, title, message);
}

QString DraftsPanel::effectiveName() const
{
    if (!m_effective || m_effective->number == 0)
        return tr("the built-in defaults");
    return tr("the effective version %1").arg(m_effective->number);
}

QString DraftsPanel::statusText() const
{
    return m_status->text();
}

} // namespace baton
