#include "services/LeadCardService.h"

#include "agreement/Scorer.h"
#include "common/Clock.h"
#include "services/AgreementService.h"
#include "storage/DefinitionRepository.h"
#include "storage/LeadRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/RoutingRepository.h"
#include "storage/SlaRepository.h"

namespace baton {

LeadCardService::LeadCardService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

LeadCardService::~LeadCardService() = default;

Result<const Scorer *> LeadCardService::scorer(int &number)
{
    auto current = DefinitionRepository(m_db).effectiveNumber();
    if (!current)
        return current.error();
    const int wanted = current->value_or(0);
    if (!m_scorer || m_number != wanted) {
        auto effective = AgreementService(m_db, m_clock).effective();
        if (!effective)
            return effective.error();
        m_scorer = std::make_unique<Scorer>(effective->definition);
        m_number = effective->number;
    }
    number = *m_number;
    return m_scorer.get();
}

Result<void> LeadCardService::readOpportunity(qint64 leadId, LeadCard &card)
{
    OpportunityRepository opportunities(m_db);
    auto answers = opportunities.answers(leadId);
    if (!answers)
        return answers.error();
    card.answers = std::move(answers).value();
    auto expectedClose = opportunities.expectedClose(leadId);
    if (!expectedClose)
        return expectedClose.error();
    card.expectedClose = *expectedClose;
    auto closing = opportunities.closing(leadId);
    if (!closing)
        return closing.error();
    card.closing = std::move(closing).value();
    return {};
}

Result<LeadCard> LeadCardService::card(qint64 leadId)
{
    LeadRepository leads(m_db);
    auto card = leads.card(leadId);
    if (!card)
        return card.error();
    auto events = leads.events(leadId);
    if (!events)
        return events.error();
    int number = 0;
    auto current = scorer(number);
    if (!current)
        return current.error();
    const Scorer &scoring = **current;
    ScoreBreakdown score;
    score.definitionNumber = number;
    score.at = m_clock.now();
    score.fit = scoring.fit(card->lead);
    score.engagement = scoring.engagement(*events, score.at);
    score.rule = scoring.definition().mqlRule;
    card->score = std::move(score);
    auto clock = SlaRepository(m_db).latestFor(leadId);
    if (!clock)
        return clock.error();
    card->clock = *clock;
    auto decisions = RoutingRepository(m_db).decisionsFor(leadId);
    if (!decisions)
        return decisions.error();
    if (!decisions->empty())
        card->routing = decisions->back().reason;
    auto moved = leads.movedWithoutContact(leadId);
    if (!moved)
        return moved.error();
    card->movedWithoutContact = *moved;
    if (card->opportunity)
        BATON_TRY(readOpportunity(leadId, *card));
    auto thread = ReviewRepository(m_db).comments(leadId);
    if (!thread)
        return thread.error();
    card->thread = std::move(thread).value();
    return card;
}

} // namespace baton
