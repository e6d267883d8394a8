#pragma once

#include "agreement/DefinitionDifference.h"
#include "agreement/DefinitionVersion.h"
#include "common/Result.h"

#include <optional>
#include <vector>

namespace baton {

class Clock;
class Database;

/// The workflow of the jointly owned lead definition: each team drafts, the drafts are reconciled
/// into a proposal, a marketing manager and a sales manager sign it, and it becomes the one
/// effective version. Versions are named by their number; every action is one write transaction,
/// and nothing is ever deleted.
class AgreementService {
public:
    AgreementService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    /// Stores a new draft for `team`. Marketing's draft is written by a marketing manager, sales'
    /// by a sales manager; an admin may write either. Earlier drafts stay in the history.
    Result<DefinitionVersion> importDraft(DefinitionTeam team, const Definition &definition, qint64 actorId);

    /// Stores the proposal reconciling marketing's and sales' drafts (by number). Without
    /// `reconciled`, the two drafts must already agree and the proposal is their content.
    /// Managers and admins may propose. Its first-draft time is the earlier of the two drafts'.
    Result<DefinitionVersion> propose(int marketingDraft, int salesDraft,
                                      const std::optional<Definition> &reconciled, qint64 actorId);

    /// Signs a proposal as the actor's role (marketing or sales manager), each role once. The
    /// second signature makes it effective from that moment and supersedes the previous one.
    Result<DefinitionVersion> sign(int number, qint64 actorId);

    /// The effective version; while nothing has been signed, Definition::defaults() as number 0
    /// (status effective, no signatures), so scoring always has a definition to apply.
    Result<DefinitionVersion> effective();
    /// Every stored version, oldest first.
    Result<std::vector<DefinitionVersion>> list();
    /// A stored version; 0 names the built-in defaults.
    Result<DefinitionVersion> find(int number);
    /// What changes from version a to version b (0 = the built-in defaults).
    Result<std::vector<DefinitionDifference>> diff(int a, int b);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace baton
