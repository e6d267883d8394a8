#pragma once

#include "common/Result.h"
#include "domain/Stage.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace baton {

class Database;

/// One lead on a manager's board.
struct TeamBoardRow {
    qint64 leadId = 0;
    QString name;
    QString company;
    Stage stage = Stage::Mql;
    std::optional<qint64> ownerId;
    QString ownerName;
    QString tier;
    std::optional<QDateTime> dueAt;
    QDateTime handoffAt;
    QString note; ///< for escalated leads: the latest step's detail
    qint64 version = 0;
};

/// The leads a sales manager watches, each list from an index: open leads nobody owns, running
/// clocks due soon, running clocks past due, and leads the escalation path took a step on lately.
class TeamBoardRepository {
public:
    enum class List { Unassigned, DueSoon, Breached, Escalated };

    explicit TeamBoardRepository(Database &db)
        : m_db(db)
    {}

    /// The list at `now`: due soon within `dueSoonMinutes`; escalated within the last `days`.
    Result<std::vector<TeamBoardRow>> rows(List list, const QDateTime &now, int dueSoonMinutes = 5,
                                           int days = 7, int limit = 500);
    Result<qint64> count(List list, const QDateTime &now, int dueSoonMinutes = 5, int days = 7);

private:
    std::string sql(List list, bool counting) const;

    Database &m_db;
};

} // namespace baton
