#pragma once

#include "common/Result.h"
#include "domain/AuditEntry.h"
#include "storage/AuditQuery.h"

#include <vector>

namespace baton {

class Database;

/// The audit log: written inside the transaction of the change it records, so a change and its
/// entry are stored together or not at all; never updated or deleted.
class AuditRepository {
public:
    explicit AuditRepository(Database &db)
        : m_db(db)
    {}

    /// Stores the entry; its origin, when empty, is this program on this machine. Returns its id.
    Result<qint64> record(const AuditEntry &entry);
    /// The entries the query selects, newest first, with the user's name.
    Result<std::vector<AuditEntry>> list(const AuditQuery &query);
    /// One entry by id.
    Result<AuditEntry> find(qint64 id);

    /// "baton on HOST" / "batonctl on HOST": the program that writes and where it runs.
    static QString defaultOrigin();

private:
    Database &m_db;
};

} // namespace baton
