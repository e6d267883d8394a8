#include "rejections/RejectionDetail.h"

#include "card/CardHtml.h"
#include "card/LeadCardView.h"
#include "rejections/ReviewHtml.h"
#include "rejections/ReviewPermissions.h"
#include "rejections/ReviewPrompter.h"
#include "services/RejectionReviewService.h"
#include "session/ReadOnlyLock.h"
#include "session/Session.h"
#include "storage/ReasonRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace baton {
namespace {

constexpr int suggestedRevisitDays = 90;

} // namespace

RejectionDetail::RejectionDetail(Session &session, ReviewPrompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_message(new QLabel(this))
    , m_browser(new QTextBrowser(this))
    , m_card(new LeadCardView(session, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_card->setThreadShown(false); // the review above shows it
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(addButton(ReviewAction::Acknowledge, tr("&Acknowledge"),
                                 tr("The reason stands: marketing agrees with it")));
    buttons->addWidget(
        addButton(ReviewAction::Dispute, tr("&Dispute…"),
                  tr("Marketing disagrees: a sales manager upholds the rejection or reopens the lead")));
    buttons->addWidget(addButton(ReviewAction::Recycle, tr("Re&cycle…"),
                                 tr("Take the lead back to nurture with a reason and a date to revisit it")));
    buttons->addWidget(addButton(ReviewAction::Uphold, tr("&Uphold…"), tr("The rejection stands; say why")));
    buttons->addWidget(addButton(ReviewAction::Reopen, tr("&Reopen…"),
                                 tr("Send the lead back to its owner's queue as an MQL; say why")));
    buttons->addStretch(1);
    buttons->addWidget(addButton(ReviewAction::Comment, tr("Co&mment…"),
                                 tr("Write in the lead's thread, which both teams read")));

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDefaultStyleSheet(CardHtml::styleSheet());
    m_browser->document()->setDocumentMargin(12);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_card);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({260, 390});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    connect(&m_session, &Session::userChanged, this, &RejectionDetail::updateButtons);
    showReview(0);
    for (const auto &[action, button] : m_buttons)
        ReadOnlyLock::apply(m_session.database(), {button});
}

QPushButton *RejectionDetail::addButton(ReviewAction action, const QString &text, const QString &toolTip)
{
    auto *button = new QPushButton(text, this);
    button->setAutoDefault(false);
    m_buttons.emplace(action, button);
    m_toolTips.emplace(action, toolTip);
    connect(button, &QPushButton::clicked, this, [this, action] { take(action); });
    return button;
}

void RejectionDetail::showReview(qint64 reviewId)
{
    if (!m_review || m_review->id != reviewId)
        showMessage({}, false);
    if (reviewId == 0) {
        m_review.reset();
        m_browser->setHtml(ReviewHtml::nothingSelected());
        m_card->hide();
        updateButtons();
        return;
    }
    RejectionReviewService reviews(m_session.database(), m_session.clock());
    auto review = reviews.find(reviewId);
    auto thread = review ? reviews.thread(review->leadId) : Result<std::vector<LeadComment>>(review.error());
    if (!review || !thread) {
        m_review.reset();
        m_browser->setHtml(ReviewHtml::unreadable(review ? thread.error().message : review.error().message));
        m_card->hide();
        updateButtons();
        return;
    }
    const bool sameLead = m_card->isVisibleTo(this) && m_card->leadId() == review->leadId;
    m_review = std::move(review).value();
    QString reasonLabel = m_review->reasonCode;
    if (auto reason = ReasonRepository(m_session.database()).find(m_review->stage, m_review->reasonCode))
        reasonLabel = reason->label;
    m_browser->setHtml(ReviewHtml::render(*m_review, reasonLabel, *thread));
    if (sameLead)
        m_card->reload();
    else
        m_card->showLead(m_review->leadId);
    m_card->show();
    updateButtons();
}

void RejectionDetail::reload()
{
    showReview(m_review ? m_review->id : 0);
}

QString RejectionDetail::reviewText() const
{
    return m_browser->toPlainText();
}

QString RejectionDetail::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void RejectionDetail::showMessage(const QString &text, bool failure)
{
    m_message->setText(text);
    m_message->setStyleSheet(failure ? QStringLiteral("color: #b91c1c;") : QStringLiteral("color: #15803d;"));
    m_message->setVisible(!text.isEmpty());
}

void RejectionDetail::updateButtons()
{
    const auto &user = m_session.user();
    for (const auto &[action, button] : m_buttons) {
        const bool roleTakes = user && ReviewPermissions::roleTakes(action, user->role);
        if (action == ReviewAction::Uphold || action == ReviewAction::Reopen)
            button->setVisible(roleTakes);
        if (!m_review || !user) {
            button->setEnabled(false);
            button->setToolTip(m_toolTips.at(action));
            continue;
        }
        const QString why = ReviewPermissions::whyNot(action, user->role, m_review->status);
        button->setEnabled(why.isEmpty());
        button->setToolTip(why.isEmpty() ? m_toolTips.at(action) : why);
    }
}

void RejectionDetail::take(ReviewAction action)
{
    const auto &user = m_session.user();
    if (!m_review || !user)
        return;
    const RejectionReview review = *m_review;
    const auto outcome = run(action, review, user->id);
    if (!outcome)
        return; // cancelled
    if (!*outcome) {
        // Read it again whatever failed: someone may have moved it on, and the buttons follow.
        reload();
        Q_EMIT reviewChanged(review.id);
        showMessage(outcome->error().message, true);
        return;
    }
    reload();
    Q_EMIT reviewChanged(review.id);
    if (action == ReviewAction::Recycle || action == ReviewAction::Reopen)
        Q_EMIT leadsChanged();
    showMessage(done(action, review.leadName), false);
}

std::optional<Result<void>> RejectionDetail::run(ReviewAction action, const RejectionReview &review,
                                                 qint64 actorId)
{
    RejectionReviewService reviews(m_session.database(), m_session.clock());
    const QString lead = review.leadName;
    switch (action) {
    case ReviewAction::Acknowledge:
        return reviews.acknowledge(review.id, actorId, {}, review.version);
    case ReviewAction::Dispute: {
        const auto words =
            m_prompter.askText(tr("Dispute the rejection of %1").arg(lead),
                               tr("Tell the sales manager why the reason does not hold:"), true);
        if (!words)
            return std::nullopt;
        return reviews.dispute(review.id, actorId, *words, review.version);
    }
    case ReviewAction::Uphold:
    case ReviewAction::Reopen: {
        const bool uphold = action == ReviewAction::Uphold;
        const auto words = m_prompter.askText(
            uphold ? tr("Uphold the rejection of %1").arg(lead) : tr("Reopen %1").arg(lead),
            uphold ? tr("Tell marketing why the rejection stands:")
                   : tr("%1 goes back to its owner's queue as an MQL. Tell both teams why:").arg(lead),
            true);
        if (!words)
            return std::nullopt;
        return reviews.resolve(review.id, actorId,
                               uphold ? RejectionReviewService::Resolution::Uphold
                                      : RejectionReviewService::Resolution::Reopen,
                               *words, review.version);
    }
    case ReviewAction::Recycle: {
        auto reasons = ReasonRepository(m_session.database()).forStage(Stage::Recycled);
        if (!reasons)
            return Result<void>(reasons.error());
        const QDate suggested = m_session.clock().now().toLocalTime().date().addDays(suggestedRevisitDays);
        const auto choice = m_prompter.askRecycle(lead, *reasons, suggested);
        if (!choice)
            return std::nullopt;
        return reviews.recycle(review.id, actorId, choice->reasonCode, choice->note, choice->revisitOn,
                               review.version);
    }
    case ReviewAction::Comment: {
        const auto words =
            m_prompter.askText(tr("Comment on %1").arg(lead), tr("Both teams read the lead's thread:"), true);
        if (!words)
            return std::nullopt;
        auto written = reviews.comment(review.leadId, actorId, *words);
        if (!written)
            return Result<void>(written.error());
        return Result<void>();
    }
    }
    return std::nullopt;
}

QString RejectionDetail::done(ReviewAction action, const QString &leadName)
{
    switch (action) {
    case ReviewAction::Acknowledge:
        return tr("Acknowledged the rejection of %1.").arg(leadName);
    case ReviewAction::Dispute:
        return tr("Disputed the rejection of %1: a sales manager decides.").arg(leadName);
    case ReviewAction::Recycle:
        return tr("%1 is back in nurture until the date to revisit.").arg(leadName);
    case ReviewAction::Uphold:
        return tr("Upheld the rejection of %1.").arg(leadName);
    case ReviewAction::Reopen:
        return tr("%1 is back in its owner's queue.").arg(leadName);
    case ReviewAction::Comment:
        return tr("Your comment on %1 is in the thread.").arg(leadName);
    }
    return {};
}

} // namespace baton
