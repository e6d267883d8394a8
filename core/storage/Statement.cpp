#include "storage/Statement.h"

#include "storage/Time.h"

#include <QStringEncoder>

#include <sqlite3.h>

#include <utility>

namespace baton {

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_text(std::move(other.m_text))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_text = std::move(other.m_text);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    if (value.isEmpty()) {
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC);
        return;
    }
    QStringEncoder encoder(QStringEncoder::Utf8);
    const qsizetype space = encoder.requiredSpace(value.size());
    // A long value (a JSON document, say) is not kept in the statement once it is done with.
    if (index >= 1 && space <= reusedTextBytes) {
        const auto slot = static_cast<size_t>(index - 1);
        if (m_text.size() <= slot)
            m_text.resize(slot + 1);
        QByteArray &utf8 = m_text[slot];
        utf8.resize(space);
        const char *end = encoder.appendToBuffer(utf8.data(), value);
        sqlite3_bind_text64(m_stmt, index, utf8.constData(),
                            static_cast<sqlite3_uint64>(end - utf8.constData()), SQLITE_STATIC, SQLITE_UTF8);
        return;
    }
    // Encoded straight into memory SQLite then owns, rather than into a QByteArray it would copy.
    auto *utf8 = static_cast<char *>(sqlite3_malloc64(static_cast<sqlite3_uint64>(space)));
    if (utf8 == nullptr) {
        const QByteArray copy = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, copy.constData(), static_cast<int>(copy.size()), SQLITE_TRANSIENT);
        return;
    }
    const char *end = encoder.appendToBuffer(utf8, value);
    sqlite3_bind_text64(m_stmt, index, utf8, static_cast<sqlite3_uint64>(end - utf8), sqlite3_free,
                        SQLITE_UTF8);
}

void Statement::bind(int index, const QDateTime &value)
{
    if (!value.isValid()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    sqlite3_bind_int64(m_stmt, index, toStored(value));
}

void Statement::bind(int index, std::optional<qint64> value)
{
    if (value)
        sqlite3_bind_int64(m_stmt, index, *value);
    else
        sqlite3_bind_null(m_stmt, index);
}

void Statement::bindStatic(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
}

void Statement::bindText(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int primary = rc & 0xff;
    ErrorKind kind = ErrorKind::Storage;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        kind = ErrorKind::Busy;
    else if (primary == SQLITE_READONLY)
        kind = ErrorKind::ReadOnly;
    else if (primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN)
        kind = ErrorKind::Io;
    else if (primary == SQLITE_CONSTRAINT)
        kind = ErrorKind::InvalidInput;
    QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (kind == ErrorKind::ReadOnly)
        message = QStringLiteral("The file is open read-only, so nothing was changed (%1).").arg(message);
    sqlite3_reset(m_stmt);
    return makeError(kind, message);
}

Result<void> Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (data == nullptr)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

void Statement::textInto(int column, QString &target) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (data == nullptr) {
        target.clear(); // null, as text() gives for NULL
        return;
    }
    const int size = sqlite3_column_bytes(m_stmt, column);
    bool ascii = true;
    for (int i = 0; i < size && ascii; ++i)
        ascii = static_cast<unsigned char>(data[i]) < 0x80;
    if (!ascii) {
        target = QString::fromUtf8(data, size);
        return;
    }
    target.resize(size); // keeps the buffer when it is big enough and not shared
    QChar *out = target.data();
    for (int i = 0; i < size; ++i)
        out[i] = QChar(static_cast<char16_t>(data[i]));
}

std::string_view Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (data == nullptr)
        return {};
    return {data, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))};
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

QDateTime Statement::dateTime(int column) const
{
    if (isNull(column))
        return {};
    return fromStored(int64(column));
}

std::optional<QDateTime> Statement::optionalDateTime(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return fromStored(int64(column));
}

} // namespace baton
