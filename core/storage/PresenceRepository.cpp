#include "storage/PresenceRepository.h"

#include "storage/Database.h"
#include "storage/Time.h"
#include "storage/Transaction.h"

namespace baton {
namespace {

constexpr std::string_view selectFresh = R"sql(
SELECT p.user_id, u.name, u.role, p.host, p.pid, p.heartbeat_at
FROM presence p JOIN users u ON u.id = p.user_id
WHERE p.heartbeat_at > ?1 AND NOT COALESCE(p.host = ?2 AND p.pid = ?3, 0)
ORDER BY u.name, p.host, p.pid
)sql";

} // namespace

Result<void> PresenceRepository::beat(qint64 userId, const QString &host, qint64 pid, const QDateTime &now)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto upsert =
        m_db.cached("INSERT INTO presence (host, pid, user_id, heartbeat_at) VALUES (?1, ?2, ?3, ?4) "
                    "ON CONFLICT (host, pid) DO UPDATE SET user_id = excluded.user_id, "
                    "heartbeat_at = excluded.heartbeat_at");
    if (!upsert)
        return upsert.error();
    (*upsert)->bind(1, host);
    (*upsert)->bind(2, pid);
    (*upsert)->bind(3, userId);
    (*upsert)->bind(4, toStored(now));
    BATON_TRY((*upsert)->run());
    auto expire = m_db.cached("DELETE FROM presence WHERE heartbeat_at <= ?1");
    if (!expire)
        return expire.error();
    (*expire)->bind(1, toStored(now) - expirySeconds);
    BATON_TRY((*expire)->run());
    return transaction->commit();
}

Result<void> PresenceRepository::leave(const QString &host, qint64 pid)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto remove = m_db.cached("DELETE FROM presence WHERE host = ?1 AND pid = ?2");
    if (!remove)
        return remove.error();
    (*remove)->bind(1, host);
    (*remove)->bind(2, pid);
    BATON_TRY((*remove)->run());
    return transaction->commit();
}

Result<std::vector<Presence>> PresenceRepository::others(const QString &host, qint64 pid,
                                                         const QDateTime &now)
{
    auto statement = m_db.cached(selectFresh);
    if (!statement)
        return statement.error();
    (*statement)->bind(1, toStored(now) - expirySeconds);
    (*statement)->bind(2, host);
    (*statement)->bind(3, pid);
    std::vector<Presence> found;
    BATON_TRY((*statement)->forEachRow([&found](const Statement &row) {
        Presence presence;
        presence.userId = row.int64(0);
        presence.name = row.text(1);
        presence.role = roleFromName(row.text(2)).value_or(Role::Sdr);
        presence.host = row.text(3);
        presence.pid = row.int64(4);
        presence.heartbeatAt = fromStored(row.int64(5));
        found.push_back(std::move(presence));
    }));
    return found;
}

Result<std::vector<Presence>> PresenceRepository::all(const QDateTime &now)
{
    return others(QString(), -1, now);
}

} // namespace baton
