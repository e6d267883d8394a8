#include "storage/PreviewRepository.h"

#include "storage/Database.h"

namespace baton {

Result<std::optional<Judgement>> PreviewRepository::judgement(qint64 leadId, const QDateTime &handoffAt)
{
    auto statement = m_db.cached("SELECT to_stage, reason_code FROM stage_changes WHERE lead_id = ?1 "
                                 "AND from_stage = 'mql' AND changed_at >= ?2 ORDER BY id LIMIT 1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    s.bind(2, handoffAt);
    auto row = s.step();
    if (!row)
        return row.error();
    std::optional<Judgement> found;
    if (*row)
        found = Judgement{stageFromName(s.text(0)).value_or(Stage::Mql), s.text(1)};
    s.reset();
    return found;
}

Result<std::optional<QString>> PreviewRepository::latestRejection(qint64 leadId, const QDateTime &before)
{
    auto statement = m_db.cached("SELECT reason_code FROM stage_changes WHERE lead_id = ?1 "
                                 "AND to_stage = 'rejected' AND changed_at < ?2 ORDER BY id DESC LIMIT 1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    s.bind(2, before);
    auto row = s.step();
    if (!row)
        return row.error();
    std::optional<QString> found;
    if (*row)
        found = s.text(0);
    s.reset();
    return found;
}

} // namespace baton
