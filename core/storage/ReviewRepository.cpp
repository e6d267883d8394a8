#include "storage/ReviewRepository.h"

#include "storage/Database.h"

namespace baton {
namespace {

constexpr std::string_view selectReview =
    "SELECT r.id, r.stage_change_id, r.lead_id, r.handoff_id, r.stage, r.reason_code, s.note, r.rejected_at, "
    "r.rejected_by, r.campaign_id, r.total_score, r.status, r.status_at, r.status_by, r.version, l.name, "
    "l.company_name, u.name "
    "FROM rejection_reviews r JOIN leads l ON l.id = r.lead_id "
    "JOIN stage_changes s ON s.id = r.stage_change_id LEFT JOIN users u ON u.id = r.rejected_by ";

RejectionReview readReview(const Statement &s)
{
    RejectionReview review;
    review.id = s.int64(0);
    review.stageChangeId = s.int64(1);
    review.leadId = s.int64(2);
    review.handoffId = s.optionalInt64(3);
    review.stage = stageFromName(s.text(4)).value_or(Stage::Rejected);
    review.reasonCode = s.text(5);
    review.note = s.text(6);
    review.rejectedAt = s.dateTime(7);
    review.rejectedBy = s.optionalInt64(8);
    review.campaignId = s.optionalInt64(9);
    if (!s.isNull(10))
        review.totalScore = static_cast<int>(s.int64(10));
    review.status = reviewStatusFromName(s.text(11)).value_or(ReviewStatus::Open);
    if (!s.isNull(12))
        review.statusAt = s.dateTime(12);
    review.statusBy = s.optionalInt64(13);
    review.version = s.int64(14);
    review.leadName = s.text(15);
    review.companyName = s.text(16);
    review.rejectedByName = s.text(17);
    return review;
}

void bindOptional(Statement &s, int index, const std::optional<QString> &value)
{
    if (value)
        s.bind(index, value->isNull() ? QStringLiteral("") : *value);
    else
        s.bindNull(index);
}

ReviewStatus statusFrom(std::string_view name)
{
    // In the order of allReviewStatuses.
    static constexpr std::array<std::string_view, 6> names{"open",   "acknowledged", "disputed",
                                                           "upheld", "reopened",     "recycled"};
    for (size_t i = 0; i < names.size(); ++i) {
        if (name == names[i])
            return allReviewStatuses[i];
    }
    return ReviewStatus::Open;
}

} // namespace

Result<qint64> ReviewRepository::open(const StageChange &change)
{
    auto statement = m_db.cached(
        "INSERT INTO rejection_reviews (stage_change_id, lead_id, handoff_id, stage, reason_code, "
        "rejected_at, "
        "rejected_by, campaign_id, total_score) "
        "SELECT ?1, ?2, h.id, ?3, ?4, ?5, ?6, coalesce(h.campaign_id, l.campaign_id), h.total_score "
        "FROM leads l LEFT JOIN handoffs h ON h.id = (SELECT id FROM handoffs WHERE lead_id = ?2 "
        "ORDER BY handed_over_at DESC, id DESC LIMIT 1) WHERE l.id = ?2");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, change.id);
    s.bind(2, change.leadId);
    s.bind(3, stageName(change.to));
    s.bind(4, change.reasonCode.isEmpty() ? QStringLiteral("other") : change.reasonCode);
    s.bind(5, change.changedAt);
    s.bind(6, change.userId);
    BATON_TRY(s.run());
    return m_db.lastInsertId();
}

Result<RejectionReview> ReviewRepository::find(qint64 reviewId)
{
    auto statement = m_db.cached(std::string(selectReview) + "WHERE r.id = ?1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, reviewId);
    auto row = s.step();
    if (!row)
        return row.error();
    if (!*row) {
        s.reset();
        return makeError(ErrorKind::NotFound,
                         QStringLiteral("There is no rejection review %1.").arg(reviewId));
    }
    RejectionReview review = readReview(s);
    s.reset();
    return review;
}

Result<std::optional<RejectionReview>> ReviewRepository::latestFor(qint64 leadId)
{
    auto statement =
        m_db.cached(std::string(selectReview) + "WHERE r.lead_id = ?1 ORDER BY r.id DESC LIMIT 1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    auto row = s.step();
    if (!row)
        return row.error();
    std::optional<RejectionReview> found;
    if (*row)
        found = readReview(s);
    s.reset();
    return found;
}

Result<void> ReviewRepository::setStatus(qint64 reviewId, ReviewStatus status, const QDateTime &at, qint64 by,
                                         qint64 expectedVersion)
{
    auto statement = m_db.cached("UPDATE rejection_reviews SET status = ?2, status_at = ?3, status_by = ?4, "
                                 "version = version + 1 WHERE id = ?1 AND version = ?5");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, reviewId);
    s.bind(2, reviewStatusName(status));
    s.bind(3, at);
    s.bind(4, by);
    s.bind(5, expectedVersion);
    BATON_TRY(s.run());
    if (m_db.changes() == 0) {
        auto exists = find(reviewId);
        if (!exists)
            return exists.error();
        return makeError(
            ErrorKind::Conflict,
            QStringLiteral("Someone else moved this review on (it is now %1) after you opened it. "
                           "Nothing of yours was saved; look at it again.")
                .arg(reviewStatusLabel(exists->status).toLower()));
    }
    return {};
}

Result<std::vector<RejectionReview>> ReviewRepository::page(const ReviewQuery &query)
{
    auto statement = m_db.cached(
        std::string(selectReview) +
        "WHERE r.rejected_at >= ?1 AND r.rejected_at < ?2 AND (?3 IS NULL OR r.stage = ?3) "
        "AND (?4 IS NULL OR r.status = ?4) AND (?5 IS NULL OR r.reason_code = ?5) "
        "AND (?6 IS NULL OR coalesce(r.campaign_id, 0) = ?6) "
        "AND (?7 IS NULL OR coalesce((SELECT c.kind FROM campaigns c WHERE c.id = r.campaign_id), '') = ?7) "
        "AND (?8 IS NULL OR r.total_score >= ?8) AND (?9 IS NULL OR r.total_score <= ?9) "
        "AND (?10 IS NULL OR coalesce(r.rejected_by, 0) = ?10) AND (?14 = 0 OR r.total_score IS NULL) "
        "AND (?11 IS NULL OR r.rejected_at < ?11 OR (r.rejected_at = ?11 AND r.id < ?12)) "
        "ORDER BY r.rejected_at DESC, r.id DESC LIMIT ?13");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, query.from);
    s.bind(2, query.to);
    if (query.stage)
        s.bind(3, stageName(*query.stage));
    else
        s.bindNull(3);
    if (query.status)
        s.bind(4, reviewStatusName(*query.status));
    else
        s.bindNull(4);
    bindOptional(s, 5, query.reasonCode);
    s.bind(6, query.campaignId);
    bindOptional(s, 7, query.source);
    s.bind(8, query.minScore ? std::optional<qint64>(*query.minScore) : std::nullopt);
    s.bind(9, query.maxScore ? std::optional<qint64>(*query.maxScore) : std::nullopt);
    s.bind(10, query.rejectedBy);
    if (query.before) {
        s.bind(11, query.before->first);
        s.bind(12, query.before->second);
    } else {
        s.bindNull(11);
        s.bindNull(12);
    }
    s.bind(13, qint64{query.limit});
    s.bind(14, qint64{query.withoutScore ? 1 : 0});
    std::vector<RejectionReview> reviews;
    BATON_TRY(s.forEachRow([&](const Statement &row) { reviews.push_back(readReview(row)); }));
    return reviews;
}

Result<void> ReviewRepository::forEachFact(const QDateTime &from, const QDateTime &to,
                                           const std::function<void(const Fact &)> &visit)
{
    auto statement = m_db.cached("SELECT rejected_at, stage, reason_code, coalesce(campaign_id, 0), "
                                 "total_score, coalesce(rejected_by, 0), "
                                 "status FROM rejection_reviews INDEXED BY rejection_reviews_time "
                                 "WHERE rejected_at >= ?1 AND rejected_at < ?2 ORDER BY rejected_at");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, from);
    s.bind(2, to);
    Fact fact;
    std::string previousReason;
    return s.forEachRow([&](const Statement &row) {
        fact.rejectedAt = row.int64(0);
        fact.stage = row.utf8(1) == "disqualified" ? Stage::Disqualified : Stage::Rejected;
        const std::string_view reason = row.utf8(2);
        if (reason != previousReason) {
            previousReason.assign(reason);
            fact.reasonCode = QString::fromUtf8(reason.data(), static_cast<qsizetype>(reason.size()));
        }
        fact.campaignId = row.int64(3);
        fact.totalScore = row.isNull(4) ? std::nullopt : std::optional<int>(static_cast<int>(row.int64(4)));
        fact.rejectedBy = row.int64(5);
        fact.status = statusFrom(row.utf8(6));
        visit(fact);
    });
}

Result<qint64> ReviewRepository::addComment(const LeadComment &comment)
{
    auto statement =
        m_db.cached("INSERT INTO lead_comments (lead_id, review_id, written_at, author_id, kind, body) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, comment.leadId);
    s.bind(2, comment.reviewId);
    s.bind(3, comment.writtenAt);
    s.bind(4, comment.authorId);
    s.bind(5, comment.kind);
    s.bind(6, comment.body.isNull() ? QStringLiteral("") : comment.body);
    BATON_TRY(s.run());
    return m_db.lastInsertId();
}

Result<std::vector<LeadComment>> ReviewRepository::comments(qint64 leadId)
{
    auto statement =
        m_db.cached("SELECT c.id, c.lead_id, c.review_id, c.written_at, c.author_id, c.kind, c.body, "
                    "u.name FROM lead_comments c LEFT JOIN users u ON u.id = c.author_id "
                    "WHERE c.lead_id = ?1 ORDER BY c.id");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    std::vector<LeadComment> comments;
    BATON_TRY(s.forEachRow([&](const Statement &row) {
        LeadComment comment;
        comment.id = row.int64(0);
        comment.leadId = row.int64(1);
        comment.reviewId = row.optionalInt64(2);
        comment.writtenAt = row.dateTime(3);
        comment.authorId = row.int64(4);
        comment.kind = row.text(5);
        comment.body = row.text(6);
        comment.authorName = row.text(7);
        comments.push_back(std::move(comment));
    }));
    return comments;
}

} // namespace baton
