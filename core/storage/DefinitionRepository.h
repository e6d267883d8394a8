#pragma once

#include "agreement/DefinitionVersion.h"
#include "common/Result.h"

#include <optional>
#include <vector>

namespace baton {

class Database;

/// The stored versions of the lead definition and their signatures. No rules here:
/// AgreementService decides who may do what.
class DefinitionRepository {
public:
    explicit DefinitionRepository(Database &db)
        : m_db(db)
    {}

    /// Every version, oldest first, with its signatures.
    Result<std::vector<DefinitionVersion>> all();
    /// NotFound with a sentence when there is no such version.
    Result<DefinitionVersion> findByNumber(int number);
    /// The effective version, if any has been signed.
    Result<std::optional<DefinitionVersion>> effective();
    /// The effective version's number, without reading its body.
    Result<std::optional<int>> effectiveNumber();
    /// The number the next stored version gets.
    Result<int> nextNumber();
    /// The creation time of the earliest draft made while `basedOn` was effective (while none was,
    /// when unset): the start of that round of drafting.
    Result<std::optional<QDateTime>> earliestDraftBasedOn(std::optional<qint64> basedOn);

    /// Stores a new version (its number given); returns its id. Signatures are not stored.
    Result<qint64> insert(const DefinitionVersion &version);
    Result<void> addSignature(qint64 versionId, const DefinitionSignature &signature);
    /// Records which drafts (by id) a proposal reconciles.
    Result<void> addSources(qint64 proposalId, const std::vector<qint64> &draftIds);
    Result<void> setStatus(qint64 versionId, VersionStatus status,
                           const std::optional<QDateTime> &effectiveFrom);

private:
    Result<std::vector<DefinitionVersion>> select(std::string_view where, std::optional<qint64> parameter);
    Result<std::vector<DefinitionSignature>> signatures(qint64 versionId);
    Result<std::vector<int>> sourceDrafts(qint64 proposalId);

    Database &m_db;
};

} // namespace baton
