#pragma once

#include "agreement/Definition.h"
#include "domain/Role.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace baton {

/// The team whose draft a version is; a joint proposal has none.
enum class DefinitionTeam { Marketing, Sales };

/// A team's own draft, or the reconciled proposal both managers sign.
enum class VersionKind { Draft, Proposal };

/// draft → (proposal) proposed → effective → superseded.
enum class VersionStatus { Draft, Proposed, Effective, Superseded };

QString teamName(DefinitionTeam team); ///< "marketing", "sales"
std::optional<DefinitionTeam> teamFromName(QStringView name);
QString kindName(VersionKind kind);       ///< "draft", "proposal"
QString statusName(VersionStatus status); ///< "draft", "proposed", "effective", "superseded"
std::optional<VersionKind> kindFromName(QStringView name);
std::optional<VersionStatus> statusFromName(QStringView name);

/// One sign-off of a proposal: who, in which role, when.
struct DefinitionSignature {
    qint64 userId = 0;
    Role role = Role::MarketingManager;
    QDateTime signedAt;
};

/// One stored version of the lead definition. Versions are never deleted or rewritten, only
/// their status moves on; they are named by their number (1, 2, …) in the file.
struct DefinitionVersion {
    qint64 id = 0;
    int number = 0; ///< 0 only for the built-in defaults, used while nothing has been signed
    VersionKind kind = VersionKind::Draft;
    std::optional<DefinitionTeam> team; ///< set for drafts only
    VersionStatus status = VersionStatus::Draft;
    Definition definition;
    std::optional<qint64> basedOn; ///< the id of the version that was effective when this one was made
    QDateTime createdAt;
    qint64 createdBy = 0;
    std::optional<QDateTime> effectiveFrom; ///< when the second signature made it effective
    /// When this round of drafting started: for a draft, the earliest draft since the version
    /// then effective; for a proposal, the earliest of the drafts it reconciles.
    std::optional<QDateTime> firstDraftAt;
    std::vector<DefinitionSignature> signatures;
    /// For a proposal, the numbers of the drafts it reconciles (marketing's, then sales').
    std::vector<int> sourceDrafts;

    /// Time to agreement in seconds: first draft to second signature; empty until signed by both.
    std::optional<qint64> timeToAgreementSeconds() const
    {
        if (!effectiveFrom || !firstDraftAt)
            return std::nullopt;
        return firstDraftAt->secsTo(*effectiveFrom);
    }
};

} // namespace baton
