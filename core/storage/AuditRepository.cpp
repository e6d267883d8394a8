#include "storage/AuditRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Time.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSysInfo>

namespace baton {
namespace {

constexpr std::string_view insertEntry =
    "INSERT INTO audit_log (at, user_id, origin, subject, subject_id, action, summary, before, after) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

/// Any query: newest first through the primary key, filtered as it goes.
constexpr std::string_view selectEntries = R"sql(
SELECT a.id, a.at, a.user_id, COALESCE(u.name, ''), a.origin, a.subject, a.subject_id, a.action,
       a.summary, a.before, a.after
FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
WHERE (?1 IS NULL OR a.at >= ?1) AND (?2 IS NULL OR a.at < ?2)
  AND (?3 IS NULL OR a.user_id = ?3) AND (?4 = 0 OR a.user_id IS NULL)
  AND (?5 IS NULL OR a.subject = ?5) AND (?6 IS NULL OR a.subject_id = ?6)
  AND (?7 IS NULL OR a.action = ?7) AND (?8 IS NULL OR a.id < ?8)
ORDER BY a.id DESC LIMIT ?9
)sql";

/// One subject's entries (a lead's), through the subject index.
constexpr std::string_view selectSubject = R"sql(
SELECT a.id, a.at, a.user_id, COALESCE(u.name, ''), a.origin, a.subject, a.subject_id, a.action,
       a.summary, a.before, a.after
FROM audit_log a INDEXED BY audit_log_subject LEFT JOIN users u ON u.id = a.user_id
WHERE a.subject = ?5 AND a.subject_id = ?6
  AND (?1 IS NULL OR a.at >= ?1) AND (?2 IS NULL OR a.at < ?2)
  AND (?3 IS NULL OR a.user_id = ?3) AND (?4 = 0 OR a.user_id IS NULL)
  AND (?7 IS NULL OR a.action = ?7) AND (?8 IS NULL OR a.id < ?8)
ORDER BY a.id DESC LIMIT ?9
)sql";

constexpr std::string_view selectOne = R"sql(
SELECT a.id, a.at, a.user_id, COALESCE(u.name, ''), a.origin, a.subject, a.subject_id, a.action,
       a.summary, a.before, a.after
FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
WHERE a.id = ?1
)sql";

QString jsonText(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const Statement &row, int column)
{
    if (row.isNull(column))
        return {};
    const std::string_view text = row.utf8(column);
    return QJsonDocument::fromJson(QByteArray(text.data(), static_cast<qsizetype>(text.size()))).object();
}

AuditEntry readEntry(const Statement &row)
{
    AuditEntry entry;
    entry.id = row.int64(0);
    entry.at = row.dateTime(1);
    entry.userId = row.optionalInt64(2);
    entry.userName = row.text(3);
    entry.origin = row.text(4);
    entry.subject = row.text(5);
    entry.subjectId = row.optionalInt64(6);
    entry.action = row.text(7);
    entry.summary = row.text(8);
    entry.before = jsonObject(row, 9);
    entry.after = jsonObject(row, 10);
    return entry;
}

std::optional<qint64> storedTime(const std::optional<QDateTime> &time)
{
    if (!time)
        return std::nullopt;
    return toStored(*time);
}

} // namespace

QString AuditRepository::defaultOrigin()
{
    QString program = QCoreApplication::applicationName();
    if (program.isEmpty())
        program = QStringLiteral("baton");
    return QStringLiteral("%1 on %2").arg(program, QSysInfo::machineHostName());
}

Result<qint64> AuditRepository::record(const AuditEntry &entry)
{
    auto insert = m_db.cached(insertEntry);
    if (!insert)
        return insert.error();
    (*insert)->bind(1, toStored(entry.at));
    (*insert)->bind(2, entry.userId);
    (*insert)->bind(3, entry.origin.isEmpty() ? defaultOrigin() : entry.origin);
    (*insert)->bind(4, entry.subject);
    (*insert)->bind(5, entry.subjectId);
    (*insert)->bind(6, entry.action);
    (*insert)->bind(7, entry.summary.isNull() ? QStringLiteral("") : entry.summary);
    (*insert)->bind(8, jsonText(entry.before));
    (*insert)->bind(9, jsonText(entry.after));
    BATON_TRY((*insert)->run());
    return m_db.lastInsertId();
}

Result<std::vector<AuditEntry>> AuditRepository::list(const AuditQuery &query)
{
    const bool oneSubject = !query.subject.isEmpty() && query.subjectId;
    auto select = m_db.cached(oneSubject ? selectSubject : selectEntries);
    if (!select)
        return select.error();
    Statement &statement = **select;
    statement.bind(1, storedTime(query.since));
    statement.bind(2, storedTime(query.until));
    statement.bind(3, query.userId);
    statement.bind(4, query.systemOnly ? 1 : 0);
    statement.bind(5, query.subject.isEmpty() ? QString() : query.subject);
    statement.bind(6, query.subjectId);
    statement.bind(7, query.action.isEmpty() ? QString() : query.action);
    statement.bind(8, query.olderThan);
    statement.bind(9, static_cast<qint64>(query.limit));
    std::vector<AuditEntry> entries;
    BATON_TRY(statement.forEachRow([&](const Statement &row) { entries.push_back(readEntry(row)); }));
    return entries;
}

Result<AuditEntry> AuditRepository::find(qint64 id)
{
    auto select = m_db.cached(selectOne);
    if (!select)
        return select.error();
    (*select)->bind(1, id);
    std::optional<AuditEntry> found;
    BATON_TRY((*select)->forEachRow([&](const Statement &row) { found = readEntry(row); }));
    if (!found)
        return makeError(ErrorKind::NotFound, QStringLiteral("There is no audit entry %1.").arg(id));
    return std::move(*found);
}

} // namespace baton
