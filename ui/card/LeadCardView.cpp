#include "card/LeadCardView.h"

#include "card/CardHtml.h"
#include "card/LeadCardHtml.h"
#include "common/Clock.h"
#include "services/LeadCardService.h"
#include "session/Session.h"
#include "storage/ReasonRepository.h"

#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace baton {

LeadCardView::LeadCardView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_cards(std::make_unique<LeadCardService>(session.database(), session.clock()))
    , m_browser(new QTextBrowser(this))
{
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDefaultStyleSheet(CardHtml::styleSheet());
    m_browser->document()->setDocumentMargin(16);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    loadReasonLabels();
    showNothingSelected();
}

LeadCardView::~LeadCardView() = default;

void LeadCardView::loadReasonLabels()
{
    ReasonRepository reasons(m_session.database());
    for (Stage stage : {Stage::Rejected, Stage::Disqualified, Stage::Recycled}) {
        auto forStage = reasons.forStage(stage);
        if (!forStage)
            continue; // the card then shows reason codes instead of labels
        for (const Reason &reason : *forStage)
            m_reasonLabels.insert(reason.code, reason.label);
    }
}

void LeadCardView::showLead(qint64 leadId)
{
    const bool sameLead = leadId == m_leadId;
    const int scroll = m_browser->verticalScrollBar()->value();
    m_leadId = leadId;
    auto card = m_cards->card(leadId);
    if (!card) {
        setHtml(LeadCardHtml::unreadable(card.error().message));
        return;
    }
    const auto reasonLabel = [this](const QString &code) {
        return m_reasonLabels.value(code);
    };
    setHtml(LeadCardHtml::render(*card, m_session.clock().now(), reasonLabel, m_thread));
    if (sameLead) // reading the same lead again keeps the reader's place
        m_browser->verticalScrollBar()->setValue(scroll);
}

void LeadCardView::showNothingSelected()
{
    m_leadId = 0;
    setHtml(LeadCardHtml::nothingSelected());
}

void LeadCardView::showEmptyQueue()
{
    m_leadId = 0;
    setHtml(LeadCardHtml::emptyQueue());
}

void LeadCardView::reload()
{
    if (m_leadId != 0)
        showLead(m_leadId);
}

QString LeadCardView::plainText() const
{
    return m_browser->toPlainText();
}

void LeadCardView::setHtml(const QString &html)
{
    m_browser->setHtml(html);
}

} // namespace baton
