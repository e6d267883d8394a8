#include "services/AgreementService.h"

#include "agreement/DefinitionDiff.h"
#include "agreement/DefinitionJson.h"
#include "common/Clock.h"
#include "services/AuditDiff.h"
#include "storage/AuditRepository.h"
#include "storage/DefinitionRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QJsonArray>

#include <algorithm>

namespace baton {
namespace {

DefinitionVersion builtInDefaults()
{
    DefinitionVersion version;
    version.kind = VersionKind::Proposal;
    version.status = VersionStatus::Effective;
    version.definition = Definition::defaults();
    return version;
}

Error denied(const User &actor, const QString &what)
{
    return makeError(ErrorKind::PermissionDenied,
                     QStringLiteral("%1 (%2) may not %3.").arg(actor.name, roleLabel(actor.role), what));
}

bool mayDraft(Role role, DefinitionTeam team)
{
    if (role == Role::Admin)
        return true;
    return team == DefinitionTeam::Marketing ? role == Role::MarketingManager : role == Role::SalesManager;
}

Result<DefinitionVersion> draftOf(DefinitionRepository &versions, int number, DefinitionTeam team)
{
    auto draft = versions.findByNumber(number);
    if (!draft)
        return draft.error();
    if (draft->kind != VersionKind::Draft || draft->team != team) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("Version %1 is not a %2 draft; `definition list` shows the drafts.")
                             .arg(number)
                             .arg(teamName(team)));
    }
    return draft;
}

std::optional<QDateTime> earlier(const std::optional<QDateTime> &a, const std::optional<QDateTime> &b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return std::min(*a, *b);
}

/// A new version numbered after the last one and based on the effective one, not yet stored.
Result<DefinitionVersion> newVersion(DefinitionRepository &versions, VersionKind kind, VersionStatus status,
                                     const Definition &definition, qint64 actorId, const QDateTime &now)
{
    auto current = versions.effective();
    if (!current)
        return current.error();
    auto number = versions.nextNumber();
    if (!number)
        return number.error();
    DefinitionVersion version;
    version.number = *number;
    version.kind = kind;
    version.status = status;
    version.definition = definition;
    version.createdAt = now;
    version.createdBy = actorId;
    if (*current)
        version.basedOn = (*current)->id;
    return version;
}

/// Inserts the version and fills in its id.
Result<void> store(DefinitionRepository &versions, DefinitionVersion &version)
{
    auto id = versions.insert(version);
    if (!id)
        return id.error();
    version.id = *id;
    return {};
}

/// Records a new draft or proposal: the sections of the definition that differ from the one in
/// effect, before and after.
Result<void> auditNewVersion(Database &db, DefinitionRepository &versions, const DefinitionVersion &version,
                             const QString &action, const QString &summary)
{
    auto current = versions.effective();
    if (!current)
        return current.error();
    const Definition effective = *current ? (*current)->definition : Definition::defaults();
    const AuditDiff diff(DefinitionJson::toObject(effective), DefinitionJson::toObject(version.definition));
    AuditEntry entry;
    entry.at = version.createdAt;
    entry.userId = version.createdBy;
    entry.subject = QStringLiteral("definition");
    entry.subjectId = version.number;
    entry.action = action;
    entry.summary =
        diff.sections().isEmpty()
            ? QStringLiteral("%1, the same as the definition in effect").arg(summary)
            : QStringLiteral("%1, changing %2").arg(summary, diff.sections().join(QStringLiteral(", ")));
    entry.before = diff.before();
    entry.after = diff.after();
    auto id = AuditRepository(db).record(entry);
    if (!id)
        return id.error();
    return {};
}

QJsonObject signingState(const DefinitionVersion &version)
{
    QJsonArray signedBy;
    for (const DefinitionSignature &signature : version.signatures)
        signedBy.append(roleName(signature.role));
    return QJsonObject{{QStringLiteral("status"), statusName(version.status)},
                       {QStringLiteral("signedBy"), signedBy}};
}

} // namespace

Result<DefinitionVersion> AgreementService::importDraft(DefinitionTeam team, const Definition &definition,
                                                        qint64 actorId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto actor = UserRepository(m_db).find(actorId);
    if (!actor)
        return actor.error();
    if (!mayDraft(actor->role, team)) {
        return denied(*actor, QStringLiteral("write the %1 draft of the lead definition; only a %2 or an "
                                             "admin may")
                                  .arg(teamName(team),
                                       roleLabel(team == DefinitionTeam::Marketing ? Role::MarketingManager
                                                                                   : Role::SalesManager)
                                           .toLower()));
    }
    DefinitionRepository versions(m_db);
    auto started =
        newVersion(versions, VersionKind::Draft, VersionStatus::Draft, definition, actorId, m_clock.now());
    if (!started)
        return started.error();
    DefinitionVersion &draft = *started;
    draft.team = team;
    // This round of drafting started with the first draft since the current version took effect.
    auto earliest = versions.earliestDraftBasedOn(draft.basedOn);
    if (!earliest)
        return earliest.error();
    draft.firstDraftAt = earlier(*earliest, draft.createdAt);
    BATON_TRY(store(versions, draft));
    BATON_TRY(auditNewVersion(
        m_db, versions, draft, QStringLiteral("draft"),
        QStringLiteral("Wrote the %1 draft, version %2").arg(teamName(team)).arg(draft.number)));
    BATON_TRY(transaction->commit());
    return draft;
}

Result<DefinitionVersion> AgreementService::propose(int marketingDraft, int salesDraft,
                                                    const std::optional<Definition> &reconciled,
                                                    qint64 actorId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto actor = UserRepository(m_db).find(actorId);
    if (!actor)
        return actor.error();
    if (actor->role == Role::Sdr)
        return denied(*actor, QStringLiteral("propose a lead definition; managers and admins may"));
    DefinitionRepository versions(m_db);
    auto marketing = draftOf(versions, marketingDraft, DefinitionTeam::Marketing);
    if (!marketing)
        return marketing.error();
    auto sales = draftOf(versions, salesDraft, DefinitionTeam::Sales);
    if (!sales)
        return sales.error();
    if (!reconciled && !(marketing->definition == sales->definition)) {
        const auto differences = DefinitionDiff::compare(marketing->definition, sales->definition);
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("Drafts %1 and %2 still differ in %3 places; reconcile them into "
                                        "one definition first.")
                             .arg(marketingDraft)
                             .arg(salesDraft)
                             .arg(differences.size()));
    }
    auto started = newVersion(versions, VersionKind::Proposal, VersionStatus::Proposed,
                              reconciled ? *reconciled : marketing->definition, actorId, m_clock.now());
    if (!started)
        return started.error();
    DefinitionVersion &proposal = *started;
    proposal.firstDraftAt = earlier(marketing->firstDraftAt, sales->firstDraftAt);
    BATON_TRY(store(versions, proposal));
    BATON_TRY(versions.addSources(proposal.id, {marketing->id, sales->id}));
    proposal.sourceDrafts = {marketing->number, sales->number};
    BATON_TRY(auditNewVersion(m_db, versions, proposal, QStringLiteral("propose"),
                              QStringLiteral("Proposed version %1 from drafts %2 and %3")
                                  .arg(proposal.number)
                                  .arg(marketingDraft)
                                  .arg(salesDraft)));
    BATON_TRY(transaction->commit());
    return proposal;
}

Result<DefinitionVersion> AgreementService::sign(int number, qint64 actorId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto actor = UserRepository(m_db).find(actorId);
    if (!actor)
        return actor.error();
    if (actor->role != Role::MarketingManager && actor->role != Role::SalesManager) {
        return denied(*actor, QStringLiteral("sign the lead definition; only a marketing manager and a "
                                             "sales manager sign it"));
    }
    DefinitionRepository versions(m_db);
    auto version = versions.findByNumber(number);
    if (!version)
        return version.error();
    if (version->kind != VersionKind::Proposal) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("Version %1 is the %2 draft; only a proposal that reconciles both "
                                        "drafts can be signed.")
                             .arg(number)
                             .arg(teamName(version->team.value_or(DefinitionTeam::Marketing))));
    }
    if (version->status != VersionStatus::Proposed) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("Version %1 is already %2; changing the definition needs a new "
                                        "draft.")
                             .arg(number)
                             .arg(statusName(version->status)));
    }
    const bool roleSigned = std::any_of(version->signatures.begin(), version->signatures.end(),
                                        [&](const DefinitionSignature &s) { return s.role == actor->role; });
    if (roleSigned) {
        return makeError(ErrorKind::Conflict, QStringLiteral("Version %1 already has the %2's signature.")
                                                  .arg(number)
                                                  .arg(roleLabel(actor->role).toLower()));
    }
    const DefinitionSignature signature{actorId, actor->role, m_clock.now()};
    const QJsonObject before = signingState(*version);
    BATON_TRY(versions.addSignature(version->id, signature));
    version->signatures.push_back(signature);
    if (version->signatures.size() == 2) {
        auto previous = versions.effective();
        if (!previous)
            return previous.error();
        if (*previous)
            BATON_TRY(versions.setStatus((*previous)->id, VersionStatus::Superseded, std::nullopt));
        BATON_TRY(versions.setStatus(version->id, VersionStatus::Effective, signature.signedAt));
        version->status = VersionStatus::Effective;
        version->effectiveFrom = signature.signedAt;
    }
    AuditEntry entry;
    entry.at = signature.signedAt;
    entry.userId = actorId;
    entry.subject = QStringLiteral("definition");
    entry.subjectId = version->number;
    entry.action = QStringLiteral("sign");
    entry.summary = version->status == VersionStatus::Effective
                        ? QStringLiteral("Signed version %1 as %2: it is now in effect")
                        : QStringLiteral("Signed version %1 as %2");
    entry.summary = entry.summary.arg(number).arg(roleLabel(actor->role).toLower());
    entry.before = before;
    entry.after = signingState(*version);
    auto recorded = AuditRepository(m_db).record(entry);
    if (!recorded)
        return recorded.error();
    BATON_TRY(transaction->commit());
    return version;
}

Result<DefinitionVersion> AgreementService::effective()
{
    auto current = DefinitionRepository(m_db).effective();
    if (!current)
        return current.error();
    if (!*current)
        return builtInDefaults();
    return std::move(**current);
}

Result<std::vector<DefinitionVersion>> AgreementService::list()
{
    return DefinitionRepository(m_db).all();
}

Result<DefinitionVersion> AgreementService::find(int number)
{
    if (number == 0)
        return builtInDefaults();
    return DefinitionRepository(m_db).findByNumber(number);
}

Result<std::vector<DefinitionDifference>> AgreementService::diff(int a, int b)
{
    auto first = find(a);
    if (!first)
        return first.error();
    auto second = find(b);
    if (!second)
        return second.error();
    return DefinitionDiff::compare(first->definition, second->definition);
}

} // namespace baton
