#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace baton {

/// A prepared SQLite statement, finalized when it goes out of scope. Parameters are
/// 1-based as in SQLite; columns are 0-based.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, double value);
    /// A null QString binds NULL. Short text is encoded into the statement's buffer for that
    /// parameter, reused from row to row, rather than into memory allocated and freed each time.
    void bind(int index, const QString &value);
    void bind(int index, const QDateTime &value); ///< unix seconds; invalid binds NULL
    void bind(int index, std::optional<qint64> value);
    /// Binds text that outlives the statement's next step (no copy).
    void bindStatic(int index, std::string_view utf8);
    /// Binds text that SQLite copies.
    void bindText(int index, std::string_view utf8);
    void bindNull(int index);

    /// Runs one step: true when a row is ready, false when done.
    Result<bool> step();
    /// Steps to completion, for statements that return no rows.
    Result<void> run();
    /// Steps through every row, handing each to `read(const Statement &)`, then resets.
    template<typename Read>
    Result<void> forEachRow(Read read)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            read(static_cast<const Statement &>(*this));
        }
        reset();
        return {};
    }
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /// The column's text into `target`, reusing its buffer when it can (ASCII text, unshared):
    /// for passes over many rows. NULL gives a null string, as text() does.
    void textInto(int column, QString &target) const;
    /// The column's UTF-8 bytes, valid until the next step or reset.
    std::string_view utf8(int column) const;
    bool isNull(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    QDateTime dateTime(int column) const; ///< from unix seconds; invalid when NULL
    std::optional<QDateTime> optionalDateTime(int column) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    static constexpr qsizetype reusedTextBytes = 4096;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    /// Text bound by parameter (index - 1). QByteArray's bytes stay put when the vector grows or
    /// the statement moves, so SQLite may read them in place until the parameter is bound again.
    std::vector<QByteArray> m_text;
};

} // namespace baton
