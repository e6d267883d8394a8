#include "storage/FeedbackRepository.h"

#include "storage/Database.h"
#include "storage/HandoffOutcomeColumn.h"

#include <string>
#include <string_view>

namespace baton {

Result<void> FeedbackRepository::forEachHandoff(const QDateTime &from, const QDateTime &to,
                                                const std::function<void(const HandoffFact &)> &visit)
{
    auto statement = m_db.cached(
        "SELECT handed_over_at, coalesce(campaign_id, 0), total_score, rule_mask, coalesce(top_rule, -1), "
        "accepted_at IS NOT NULL, outcome, outcome_reason FROM handoffs INDEXED BY handoffs_feedback "
        "WHERE handed_over_at >= ?1 AND handed_over_at < ?2 ORDER BY handed_over_at");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, from);
    s.bind(2, to);
    HandoffFact fact;
    std::string previousReason;
    return s.forEachRow([&](const Statement &row) {
        fact.at = row.int64(0);
        fact.campaignId = row.int64(1);
        fact.totalScore = row.isNull(2) ? std::nullopt : std::optional<int>(static_cast<int>(row.int64(2)));
        fact.ruleMask = row.int64(3);
        fact.topRule = static_cast<int>(row.int64(4));
        fact.accepted = row.int64(5) != 0;
        fact.outcome = handoffOutcomeFrom(row.utf8(6));
        const std::string_view reason = row.utf8(7);
        if (reason != previousReason) {
            previousReason.assign(reason);
            fact.reasonCode = QString::fromUtf8(reason.data(), static_cast<qsizetype>(reason.size()));
        }
        visit(fact);
    });
}

Result<std::vector<std::pair<qint64, int>>> FeedbackRepository::movesWithoutContact(const QDateTime &from,
                                                                                    const QDateTime &to)
{
    auto statement = m_db.cached("SELECT coalesce(user_id, 0), count(*) FROM stage_changes "
                                 "INDEXED BY stage_changes_without_contact WHERE without_contact = 1 "
                                 "AND changed_at >= ?1 AND changed_at < ?2 GROUP BY 1 ORDER BY 2 DESC, 1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, from);
    s.bind(2, to);
    std::vector<std::pair<qint64, int>> moves;
    BATON_TRY(s.forEachRow(
        [&](const Statement &row) { moves.emplace_back(row.int64(0), static_cast<int>(row.int64(1))); }));
    return moves;
}

} // namespace baton
