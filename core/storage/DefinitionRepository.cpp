#include "storage/DefinitionRepository.h"

#include "agreement/DefinitionJson.h"
#include "storage/Database.h"
#include "storage/Time.h"

#include <string>
#include <string_view>

namespace baton {
namespace {

constexpr std::string_view selectVersion =
    "SELECT id, number, kind, team, status, body, based_on, created_at, created_by, effective_from, "
    "first_draft_at FROM definition_versions ";

std::optional<QDateTime> optionalTime(const Statement &statement, int column)
{
    if (statement.isNull(column))
        return std::nullopt;
    return fromStored(statement.int64(column));
}

Result<DefinitionVersion> readVersion(const Statement &statement)
{
    DefinitionVersion version;
    version.id = statement.int64(0);
    version.number = static_cast<int>(statement.int64(1));
    version.kind = kindFromName(statement.text(2)).value_or(VersionKind::Draft);
    if (!statement.isNull(3))
        version.team = teamFromName(statement.text(3));
    version.status = statusFromName(statement.text(4)).value_or(VersionStatus::Draft);
    auto definition = DefinitionJson::fromJson(statement.text(5).toUtf8(),
                                               QStringLiteral("definition version %1").arg(version.number));
    if (!definition)
        return makeError(ErrorKind::Storage, definition.error().message);
    version.definition = std::move(*definition);
    version.basedOn = statement.optionalInt64(6);
    version.createdAt = fromStored(statement.int64(7));
    version.createdBy = statement.int64(8);
    version.effectiveFrom = optionalTime(statement, 9);
    version.firstDraftAt = optionalTime(statement, 10);
    return version;
}

void bindTime(Statement &statement, int index, const std::optional<QDateTime> &time)
{
    if (time)
        statement.bind(index, toStored(*time));
    else
        statement.bindNull(index);
}

} // namespace

Result<std::vector<DefinitionVersion>> DefinitionRepository::select(std::string_view where,
                                                                    std::optional<qint64> parameter)
{
    auto statement = m_db.prepare(std::string(selectVersion) + std::string(where));
    if (!statement)
        return statement.error();
    if (parameter)
        statement->bind(1, *parameter);
    std::vector<DefinitionVersion> versions;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto version = readVersion(*statement);
        if (!version)
            return version.error();
        versions.push_back(std::move(*version));
    }
    for (auto &version : versions) {
        auto signed_ = signatures(version.id);
        if (!signed_)
            return signed_.error();
        version.signatures = std::move(*signed_);
        if (version.kind == VersionKind::Proposal) {
            auto sources = sourceDrafts(version.id);
            if (!sources)
                return sources.error();
            version.sourceDrafts = std::move(*sources);
        }
    }
    return versions;
}

Result<std::vector<DefinitionSignature>> DefinitionRepository::signatures(qint64 versionId)
{
    auto statement = m_db.cached("SELECT user_id, role, signed_at FROM definition_signatures WHERE "
                                 "version_id = ?1 ORDER BY signed_at");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, versionId);
    std::vector<DefinitionSignature> result;
    for (;;) {
        auto row = (*statement)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        result.push_back(DefinitionSignature{(*statement)->int64(0),
                                             roleFromName((*statement)->text(1)).value_or(Role::Sdr),
                                             fromStored((*statement)->int64(2))});
    }
    (*statement)->reset();
    return result;
}

Result<std::vector<DefinitionVersion>> DefinitionRepository::all()
{
    return select("ORDER BY number", std::nullopt);
}

Result<DefinitionVersion> DefinitionRepository::findByNumber(int number)
{
    auto found = select("WHERE number = ?1", number);
    if (!found)
        return found.error();
    if (found->empty()) {
        return makeError(ErrorKind::NotFound,
                         QStringLiteral("There is no definition version %1; `batonctl --db FILE definition "
                                        "list` shows them.")
                             .arg(number));
    }
    return std::move(found->front());
}

Result<std::optional<DefinitionVersion>> DefinitionRepository::effective()
{
    auto found = select("WHERE status = 'effective'", std::nullopt);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<DefinitionVersion>();
    return std::optional<DefinitionVersion>(std::move(found->front()));
}

Result<int> DefinitionRepository::nextNumber()
{
    auto last = m_db.queryInt("SELECT coalesce(max(number), 0) FROM definition_versions");
    if (!last)
        return last.error();
    return static_cast<int>(*last + 1);
}

Result<std::optional<QDateTime>> DefinitionRepository::earliestDraftBasedOn(std::optional<qint64> basedOn)
{
    auto statement = m_db.cached("SELECT min(created_at) FROM definition_versions WHERE kind = 'draft' AND "
                                 "based_on IS ?1");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, basedOn);
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    auto earliest = optionalTime(**statement, 0);
    (*statement)->reset();
    return earliest;
}

Result<qint64> DefinitionRepository::insert(const DefinitionVersion &version)
{
    auto statement = m_db.cached(
        "INSERT INTO definition_versions (number, kind, team, status, body, based_on, created_at, "
        "created_by, effective_from, first_draft_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!statement)
        return statement.error();
    Statement &insert = **statement;
    insert.bind(1, version.number);
    insert.bind(2, kindName(version.kind));
    insert.bind(3, version.team ? teamName(*version.team) : QString());
    insert.bind(4, statusName(version.status));
    insert.bindText(5, DefinitionJson::toJson(version.definition).toStdString());
    insert.bind(6, version.basedOn);
    insert.bind(7, toStored(version.createdAt));
    insert.bind(8, version.createdBy);
    bindTime(insert, 9, version.effectiveFrom);
    bindTime(insert, 10, version.firstDraftAt);
    BATON_TRY(insert.run());
    return m_db.lastInsertId();
}

Result<void> DefinitionRepository::addSignature(qint64 versionId, const DefinitionSignature &signature)
{
    auto statement = m_db.cached(
        "INSERT INTO definition_signatures (version_id, user_id, role, signed_at) VALUES (?1, ?2, ?3, ?4)");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, versionId);
    (*statement)->bind(2, signature.userId);
    (*statement)->bind(3, roleName(signature.role));
    (*statement)->bind(4, toStored(signature.signedAt));
    return (*statement)->run();
}

Result<void> DefinitionRepository::setStatus(qint64 versionId, VersionStatus status,
                                             const std::optional<QDateTime> &effectiveFrom)
{
    auto statement = m_db.cached("UPDATE definition_versions SET status = ?2, "
                                 "effective_from = coalesce(?3, effective_from) WHERE id = ?1");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, versionId);
    (*statement)->bind(2, statusName(status));
    bindTime(**statement, 3, effectiveFrom);
    return (*statement)->run();
}

Result<std::optional<int>> DefinitionRepository::effectiveNumber()
{
    auto statement = m_db.cached("SELECT number FROM definition_versions WHERE status = 'effective'");
    if (!statement)
        return statement.error();
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    std::optional<int> number;
    if (*row)
        number = static_cast<int>((*statement)->int64(0));
    (*statement)->reset();
    return number;
}

Result<void> DefinitionRepository::addSources(qint64 proposalId, const std::vector<qint64> &draftIds)
{
    auto statement =
        m_db.cached("INSERT INTO definition_proposal_sources (proposal_id, draft_id) VALUES (?1, ?2)");
    if (!statement)
        return statement.error();
    for (qint64 draftId : draftIds) {
        (*statement)->bind(1, proposalId);
        (*statement)->bind(2, draftId);
        BATON_TRY((*statement)->run());
        (*statement)->reset();
    }
    return {};
}

Result<std::vector<int>> DefinitionRepository::sourceDrafts(qint64 proposalId)
{
    auto statement =
        m_db.cached("SELECT v.number FROM definition_proposal_sources s JOIN definition_versions v "
                    "ON v.id = s.draft_id WHERE s.proposal_id = ?1 "
                    "ORDER BY CASE v.team WHEN 'marketing' THEN 0 ELSE 1 END, v.number");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, proposalId);
    std::vector<int> numbers;
    for (;;) {
        auto row = (*statement)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        numbers.push_back(static_cast<int>((*statement)->int64(0)));
    }
    (*statement)->reset();
    return numbers;
}

} // namespace baton
