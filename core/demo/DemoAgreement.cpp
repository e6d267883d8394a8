#include "demo/DemoAgreement.h"

#include "agreement/Definition.h"
#include "demo/DemoContext.h"
#include "storage/DefinitionRepository.h"
#include "storage/Time.h"

namespace baton {
namespace {

constexpr qint64 day = DemoContext::day;
constexpr qint64 hour = DemoContext::hour;

EngagementRule *rule(Definition &definition, const QString &id)
{
    for (EngagementRule &candidate : definition.engagementRules) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

/// Marketing wanted more leads through: a lower fit bar and more weight on the pricing page.
Definition firstMarketingDraft()
{
    Definition d = Definition::defaults();
    d.mqlRule.minFit = 40;
    if (EngagementRule *pricing = rule(d, QStringLiteral("pricing_page")))
        pricing->points = 15;
    return d;
}

/// Sales wanted fewer, better ones: a higher fit and engagement bar.
Definition firstSalesDraft()
{
    Definition d = Definition::defaults();
    d.mqlRule.minFit = 60;
    d.mqlRule.minEngagement = 40;
    return d;
}

/// Marketing's new draft: webinar questions count more and fast-track a lead.
Definition secondMarketingDraft()
{
    Definition d = Definition::defaults();
    if (EngagementRule *question = rule(d, QStringLiteral("webinar_question")))
        question->points = 15;
    d.mqlRule.fastTrackEvents.push_back(EventType::WebinarQuestion);
    return d;
}

/// Sales' new draft: a higher fit bar, and demo requests answered within ten minutes.
Definition secondSalesDraft()
{
    Definition d = Definition::defaults();
    d.mqlRule.minFit = 55;
    if (!d.slaTiers.empty())
        d.slaTiers.front().responseMinutes = 10;
    return d;
}

DefinitionVersion version(int number, VersionKind kind, std::optional<DefinitionTeam> team,
                          VersionStatus status, Definition definition, qint64 at, qint64 by)
{
    DefinitionVersion v;
    v.number = number;
    v.kind = kind;
    v.team = team;
    v.status = status;
    v.definition = std::move(definition);
    v.createdAt = fromStored(at);
    v.createdBy = by;
    return v;
}

} // namespace

Result<std::optional<DemoAgreementRound>> DemoAgreement::write(Database &db, const DemoContext &context)
{
    DefinitionRepository versions(db);
    auto existing = versions.all();
    if (!existing)
        return existing.error();
    if (!existing->empty() || context.staff.marketingManagers.empty() || context.staff.salesManagers.empty())
        return std::optional<DemoAgreementRound>();
    const qint64 marketing = context.staff.marketingManagers.front();
    const qint64 sales = context.staff.salesManagers.front();
    const qint64 start = context.windowStart + 2 * day + 10 * hour;

    // The first round: two drafts, a proposal, two signatures.
    DefinitionVersion draft1 = version(1, VersionKind::Draft, DefinitionTeam::Marketing, VersionStatus::Draft,
                                       firstMarketingDraft(), start, marketing);
    draft1.firstDraftAt = draft1.createdAt;
    DefinitionVersion draft2 = version(2, VersionKind::Draft, DefinitionTeam::Sales, VersionStatus::Draft,
                                       firstSalesDraft(), start + 2 * day + 3 * hour, sales);
    draft2.firstDraftAt = draft1.createdAt;
    auto id1 = versions.insert(draft1);
    auto id2 = id1 ? versions.insert(draft2) : id1;
    if (!id2)
        return id2.error();

    const qint64 signedAt = start + 6 * day + 5 * hour;
    DefinitionVersion proposal = version(3, VersionKind::Proposal, std::nullopt, VersionStatus::Effective,
                                         Definition::defaults(), start + 5 * day + 2 * hour, sales);
    proposal.firstDraftAt = draft1.createdAt;
    proposal.effectiveFrom = fromStored(signedAt);
    auto id3 = versions.insert(proposal);
    if (!id3)
        return id3.error();
    BATON_TRY(versions.addSources(*id3, {*id1, *id2}));
    BATON_TRY(versions.addSignature(*id3, DefinitionSignature{marketing, Role::MarketingManager,
                                                              fromStored(start + 5 * day + 9 * hour)}));
    BATON_TRY(
        versions.addSignature(*id3, DefinitionSignature{sales, Role::SalesManager, fromStored(signedAt)}));

    // The round under way: each team's new draft, not reconciled yet.
    const qint64 reopened = context.now - 6 * day;
    DefinitionVersion draft4 = version(4, VersionKind::Draft, DefinitionTeam::Marketing, VersionStatus::Draft,
                                       secondMarketingDraft(), reopened, marketing);
    draft4.basedOn = *id3;
    draft4.firstDraftAt = draft4.createdAt;
    DefinitionVersion draft5 = version(5, VersionKind::Draft, DefinitionTeam::Sales, VersionStatus::Draft,
                                       secondSalesDraft(), reopened + 2 * day + 4 * hour, sales);
    draft5.basedOn = *id3;
    draft5.firstDraftAt = draft4.createdAt;
    auto id4 = versions.insert(draft4);
    auto id5 = id4 ? versions.insert(draft5) : id4;
    if (!id5)
        return id5.error();
    return std::optional(DemoAgreementRound{3, signedAt});
}

} // namespace baton
