#include "services/HandoffRecorder.h"

#include "domain/Lifecycle.h"
#include "storage/HandoffRepository.h"
#include "storage/LeadRepository.h"

namespace baton {

bool HandoffRecorder::isEligible(const Lead &lead, const QDate &today)
{
    if (lead.stage == Stage::Nurture)
        return true;
    return lead.stage == Stage::Recycled && (!lead.revisitOn || *lead.revisitOn <= today);
}

Result<Handoff> HandoffRecorder::record(const Lead &lead, const HandoffDecision &decision,
                                        int definitionNumber, HandoffTrigger trigger,
                                        std::optional<qint64> ownerId, std::optional<qint64> actorId,
                                        const std::optional<QDateTime> &slaDueAt)
{
    BATON_TRY(Lifecycle::check(lead.stage, Stage::Mql, {}));
    StageChange change;
    change.leadId = lead.id;
    change.from = lead.stage;
    change.to = Stage::Mql;
    change.changedAt = decision.at;
    change.userId = actorId;
    BATON_TRY(LeadRepository(m_db).applyStageChange(change, lead.version, ownerId, decision.at, std::nullopt,
                                                    slaDueAt));

    Handoff handoff;
    handoff.leadId = lead.id;
    handoff.at = decision.at;
    handoff.definitionNumber = definitionNumber;
    handoff.trigger = trigger;
    handoff.fit = decision.fit;
    handoff.engagement = decision.engagement;
    handoff.fastTrack = decision.fastTrack;
    handoff.signal = decision.signal;
    handoff.completeness = decision.context.percent;
    handoff.missing = decision.context.missing;
    handoff.campaignId = lead.campaignId;
    const RulePoints *dominant = RulePoints::dominant(decision.rulePoints);
    for (const RulePoints &rule : decision.rulePoints) {
        if (rule.points <= 0)
            continue;
        auto bit = m_rules.bitFor(rule.key, rule.name);
        if (!bit)
            return bit.error();
        if (!*bit)
            continue; // past the file's 63 rules: left out of the feedback by rule
        handoff.ruleMask |= qint64{1} << **bit;
        if (&rule == dominant)
            handoff.topRule = **bit;
    }
    auto id = HandoffRepository(m_db).insert(handoff);
    if (!id)
        return id.error();
    handoff.id = *id;
    return handoff;
}

} // namespace baton
