#include "storage/Database.h"

#include "common/TextHash.h"
#include "storage/OpenStateText.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace baton {

/// Statements by their SQL text as given, looked up without a copy: a lookup happens for every row
/// a batch writes.
struct Database::StatementCache {
    std::unordered_map<std::string, Statement, TextHash, std::equal_to<>> statements;
};

Database::Database(sqlite3 *db, QString path, Access access)
    : m_db(db)
    , m_path(std::move(path))
    , m_access(access)
    , m_cache(std::make_unique<StatementCache>())
{}

Database::~Database()
{
    m_cache.reset(); // finalize cached statements before the connection closes
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::openRaw(const QString &path, Access access, bool create,
                                                    bool immutable)
{
    int flags = access == Access::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && access == Access::ReadWrite)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOMUTEX; // one connection per thread
    QByteArray name = path.toUtf8();
    if (immutable && access == Access::ReadOnly) {
        flags |= SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
    }
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        QString reason = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("out of memory");
        sqlite3_close_v2(handle);
        return makeError(ErrorKind::Io,
                         QStringLiteral("Cannot open %1: %2. Check that the path exists and that you "
                                        "may read it.")
                             .arg(path, reason));
    }
    sqlite3_extended_result_codes(handle, 1);
    return std::unique_ptr<Database>(new Database(handle, path, access));
}

Result<void> Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    QString reason = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    Error error = lastError("exec");
    if (error.kind != ErrorKind::ReadOnly)
        error.message = reason;
    else if (openState().isReadOnlyFile())
        error.message = QStringLiteral("The file is open read-only: %1. Nothing was changed (%2).")
                            .arg(OpenStateText::readOnlyReason(openState()), reason);
    else
        error.message =
            QStringLiteral("The file is open read-only, so nothing was changed (%1).").arg(reason);
    return error;
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return lastError("prepare");
    return Statement(m_db, stmt);
}

Result<Statement *> Database::cached(std::string_view sql)
{
    auto found = m_cache->statements.find(sql);
    if (found != m_cache->statements.end()) {
        found->second.reset();
        return &found->second;
    }
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    auto inserted = m_cache->statements.emplace(std::string(sql), std::move(statement).value());
    return &inserted.first->second;
}

Result<qint64> Database::queryInt(std::string_view sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return qint64{0};
    return statement->int64(0);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError(std::string_view context) const
{
    const int rc = sqlite3_extended_errcode(m_db);
    const int primary = rc & 0xff;
    ErrorKind kind = ErrorKind::Storage;
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = ErrorKind::Busy;
        break;
    case SQLITE_READONLY:
        kind = ErrorKind::ReadOnly;
        break;
    case SQLITE_NOTADB:
        kind = ErrorKind::NotADatabase;
        break;
    case SQLITE_CORRUPT:
        kind = ErrorKind::Damaged;
        break;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
        kind = ErrorKind::Io;
        break;
    case SQLITE_CONSTRAINT:
        kind = ErrorKind::InvalidInput;
        break;
    default:
        break;
    }
    return makeError(kind, QStringLiteral("%1 (%2)").arg(
                               QString::fromUtf8(sqlite3_errmsg(m_db)),
                               QString::fromUtf8(context.data(), static_cast<qsizetype>(context.size()))));
}

} // namespace baton
