#pragma once

#include "common/Result.h"
#include "common/TextHash.h"
#include "domain/EventType.h"
#include "domain/Lead.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace baton {

class Database;

/// The SQL of CSV imports, for one import's transaction (opened by the caller): leads found by
/// e-mail, updated with a row's values, and engagement events written a row at a time with their
/// details and campaigns resolved once each. Keeps its statements prepared for the whole file.
class ImportRepository {
public:
    explicit ImportRepository(Database &db)
        : m_db(db)
    {}

    /// A stored lead, with what judging it needs besides.
    struct StoredLead {
        Lead lead;
        QDateTime stageSince; ///< when it entered its stage
        bool hasEvents = false;
    };
    /// The oldest lead with this e-mail (as stored, exactly), if any.
    Result<std::optional<StoredLead>> findByEmail(std::string_view email);
    /// Writes the lead's contact and firmographic fields and its campaign, bumping its version;
    /// Conflict when its version is no longer lead.version.
    Result<void> updateLead(const Lead &lead);
    /// The campaign with this name, added (kind "imported") when the file has none.
    Result<qint64> campaignId(const QString &name);
    /// The id of a detail text in event_details, added when new; read once per distinct text.
    Result<qint64> detailId(std::string_view text);
    /// One event; detailId 0 for none. Returns its id. The lead's latest event time is left for
    /// raiseLastEventAt(), once per lead.
    Result<qint64> insertEvent(qint64 leadId, EventType type, qint64 occurredAt, std::string_view detail,
                               qint64 detailId, std::optional<qint64> campaignId);
    Result<void> raiseLastEventAt(qint64 leadId, qint64 at);

private:
    /// The slot's statement, prepared on first use and reset for new bindings.
    Result<Statement *> statement(std::optional<Statement> &slot, std::string_view sql);

    Database &m_db;
    std::optional<Statement> m_find;
    std::optional<Statement> m_insertEvent;
    std::optional<Statement> m_insertDetail;
    std::optional<Statement> m_findDetail;
    std::optional<Statement> m_lastEvent;
    std::unordered_map<std::string, qint64, TextHash, std::equal_to<>>
        m_details; ///< by text, found without a copy
    std::unordered_map<QString, qint64> m_campaigns;
    bool m_campaignsRead = false;
};

} // namespace baton
