#pragma once

#include "common/Result.h"
#include "common/TaskControl.h"
#include "domain/User.h"
#include "export/LeadHistory.h"
#include "storage/LeadIdPager.h"

#include <QHash>
#include <QJsonObject>
#include <QTextStream>

#include <unordered_map>

namespace baton {

class Database;

/// Leads with their history as JSON (see LeadHistoryJson): one lead for the lead card's export,
/// or every lead a filter takes as a JSON array for `batonctl export leads`. The array is
/// written a lead at a time, so a million leads never sit in memory together.
class LeadExport {
public:
    explicit LeadExport(Database &db);

    Result<LeadHistory> read(qint64 leadId);
    Result<QJsonObject> json(qint64 leadId);
    /// One lead's JSON object into the file at path, whole, or leaves what was there untouched.
    Result<void> saveLead(qint64 leadId, const QString &path);

    /// A JSON array of the matching leads in id order; returns how many were written. Reports
    /// progress (leads done of the total) and stops, with ErrorKind::Cancelled, when cancelled.
    Result<qint64> writeJson(const LeadIdFilter &filter, QTextStream &out, const TaskControl &control = {});

private:
    Result<void> loadUsers();

    Database &m_db;
    bool m_usersLoaded = false;
    QHash<qint64, User> m_users;
    std::unordered_map<qint64, Campaign> m_campaigns;
};

} // namespace baton
