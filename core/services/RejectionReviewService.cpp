#include "services/RejectionReviewService.h"

#include "domain/Lifecycle.h"
#include "services/LeadAudit.h"
#include "services/LeadService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QStringList>

namespace baton {

Result<RejectionReview> RejectionReviewService::find(qint64 reviewId)
{
    return ReviewRepository(m_db).find(reviewId);
}

Result<std::vector<RejectionReview>> RejectionReviewService::list(const ReviewQuery &query)
{
    return ReviewRepository(m_db).page(query);
}

Result<std::vector<LeadComment>> RejectionReviewService::thread(qint64 leadId)
{
    return ReviewRepository(m_db).comments(leadId);
}

Result<void> RejectionReviewService::requireRole(qint64 actorId, std::initializer_list<Role> roles,
                                                 const QString &what)
{
    auto actor = UserRepository(m_db).find(actorId);
    if (!actor)
        return actor.error();
    if (actor->role == Role::Admin || std::find(roles.begin(), roles.end(), actor->role) != roles.end())
        return {};
    QStringList who;
    for (Role role : roles)
        who << roleLabel(role).toLower();
    return makeError(ErrorKind::PermissionDenied,
                     QStringLiteral("%1 (%2) may not %3: only a %4 or an admin may.")
                         .arg(actor->name, roleLabel(actor->role), what, who.join(QStringLiteral(" or a "))));
}

Result<RejectionReview> RejectionReviewService::loadFor(qint64 reviewId, qint64 expectedVersion,
                                                        std::initializer_list<ReviewStatus> from,
                                                        const QString &what)
{
    auto review = ReviewRepository(m_db).find(reviewId);
    if (!review)
        return review.error();
    if (review->version != expectedVersion) {
        return makeError(
            ErrorKind::Conflict,
            QStringLiteral("Someone else moved this review on (it is now %1) after you opened it. "
                           "Nothing of yours was saved; look at it again.")
                .arg(reviewStatusLabel(review->status).toLower()));
    }
    if (std::find(from.begin(), from.end(), review->status) == from.end()) {
        return makeError(ErrorKind::InvalidTransition,
                         QStringLiteral("A review that is %1 cannot be %2.")
                             .arg(reviewStatusLabel(review->status).toLower(), what));
    }
    return review;
}

Result<void> RejectionReviewService::step(const RejectionReview &review, ReviewStatus to, qint64 actorId,
                                          const QString &words)
{
    const QDateTime now = m_clock.now();
    ReviewRepository reviews(m_db);
    BATON_TRY(reviews.setStatus(review.id, to, now, actorId, review.version));
    LeadComment comment;
    comment.leadId = review.leadId;
    comment.reviewId = review.id;
    comment.writtenAt = now;
    comment.authorId = actorId;
    comment.kind = reviewStatusName(to);
    comment.body = words.trimmed();
    auto added = reviews.addComment(comment);
    if (!added)
        return added.error();
    AuditEntry entry;
    entry.at = now;
    entry.userId = actorId;
    entry.subject = QStringLiteral("rejection");
    entry.subjectId = review.id;
    entry.action = reviewStatusName(to);
    entry.summary = QStringLiteral("Moved the review of lead %1's %2 from %3 to %4")
                        .arg(review.leadId)
                        .arg(review.stage == Stage::Rejected ? QStringLiteral("rejection")
                                                             : QStringLiteral("disqualification"),
                             reviewStatusLabel(review.status).toLower(), reviewStatusLabel(to).toLower());
    entry.before = QJsonObject{{QStringLiteral("status"), reviewStatusName(review.status)},
                               {QStringLiteral("version"), review.version}};
    entry.after = QJsonObject{{QStringLiteral("status"), reviewStatusName(to)},
                              {QStringLiteral("version"), review.version + 1},
                              {QStringLiteral("leadId"), review.leadId}};
    if (!comment.body.isEmpty())
        entry.after.insert(QStringLiteral("comment"), comment.body);
    auto recorded = AuditRepository(m_db).record(entry);
    if (!recorded)
        return recorded.error();
    return {};
}

Result<void> RejectionReviewService::acknowledge(qint64 reviewId, qint64 actorId, const QString &note,
                                                 qint64 expectedVersion)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    BATON_TRY(requireRole(actorId, {Role::MarketingManager}, QStringLiteral("acknowledge a rejection")));
    auto review = loadFor(reviewId, expectedVersion, {ReviewStatus::Open}, QStringLiteral("acknowledged"));
    if (!review)
        return review.error();
    BATON_TRY(step(*review, ReviewStatus::Acknowledged, actorId, note));
    return transaction->commit();
}

Result<void> RejectionReviewService::dispute(qint64 reviewId, qint64 actorId, const QString &comment,
                                             qint64 expectedVersion)
{
    if (comment.trimmed().isEmpty()) {
        return makeError(ErrorKind::ReasonRequired,
                         QStringLiteral("A dispute needs a comment that tells the sales manager why."));
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    BATON_TRY(requireRole(actorId, {Role::MarketingManager}, QStringLiteral("dispute a rejection")));
    auto review = loadFor(reviewId, expectedVersion, {ReviewStatus::Open, ReviewStatus::Acknowledged},
                          QStringLiteral("disputed"));
    if (!review)
        return review.error();
    BATON_TRY(step(*review, ReviewStatus::Disputed, actorId, comment));
    return transaction->commit();
}

Result<void> RejectionReviewService::resolve(qint64 reviewId, qint64 actorId, Resolution resolution,
                                             const QString &comment, qint64 expectedVersion)
{
    if (comment.trimmed().isEmpty()) {
        return makeError(
            ErrorKind::ReasonRequired,
            QStringLiteral("Resolving a dispute needs a comment that tells marketing the decision."));
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    BATON_TRY(requireRole(actorId, {Role::SalesManager}, QStringLiteral("resolve a dispute")));
    auto review = loadFor(reviewId, expectedVersion, {ReviewStatus::Disputed}, QStringLiteral("resolved"));
    if (!review)
        return review.error();
    if (resolution == Resolution::Reopen) {
        LeadRepository leads(m_db);
        auto lead = leads.find(review->leadId);
        if (!lead)
            return lead.error();
        if (lead->stage != review->stage) {
            return makeError(ErrorKind::InvalidTransition,
                             QStringLiteral("Lead %1 is %2 now, no longer %3: there is nothing to reopen.")
                                 .arg(lead->id)
                                 .arg(stageName(lead->stage), stageName(review->stage)));
        }
        StageChange change;
        change.leadId = lead->id;
        change.from = lead->stage;
        change.to = Stage::Mql;
        change.changedAt = m_clock.now();
        change.userId = actorId;
        change.note = comment.trimmed();
        BATON_TRY(Lifecycle::check(*change.from, change.to, {}));
        BATON_TRY(leads.applyStageChange(change, lead->version));
        auto reopened = leads.find(lead->id);
        if (!reopened)
            return reopened.error();
        BATON_TRY(
            LeadAudit::record(m_db, change.changedAt, *lead, *reopened, actorId, QStringLiteral("reopen"),
                              QStringLiteral("Reopened %1 after a dispute").arg(LeadAudit::label(*lead)),
                              QJsonObject{{QStringLiteral("note"), change.note}}));
    }
    BATON_TRY(step(*review, resolution == Resolution::Reopen ? ReviewStatus::Reopened : ReviewStatus::Upheld,
                   actorId, comment));
    return transaction->commit();
}

Result<void> RejectionReviewService::recycle(qint64 reviewId, qint64 actorId, const QString &reasonCode,
                                             const QString &note, const QDate &revisitOn,
                                             qint64 expectedVersion)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    BATON_TRY(requireRole(actorId, {Role::MarketingManager}, QStringLiteral("recycle a rejected lead")));
    auto review = loadFor(reviewId, expectedVersion,
                          {ReviewStatus::Open, ReviewStatus::Acknowledged, ReviewStatus::Upheld},
                          QStringLiteral("recycled"));
    if (!review)
        return review.error();
    // The same rules as a salesperson's recycling: a reason from the taxonomy, a revisit date.
    BATON_TRY(LeadService(m_db, m_clock).recycle(review->leadId, actorId, reasonCode, note, revisitOn));
    BATON_TRY(step(*review, ReviewStatus::Recycled, actorId, note));
    return transaction->commit();
}

Result<qint64> RejectionReviewService::comment(qint64 leadId, qint64 actorId, const QString &body)
{
    if (body.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("A comment needs words."));
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto actor = UserRepository(m_db).find(actorId);
    if (!actor)
        return actor.error();
    auto lead = LeadRepository(m_db).find(leadId);
    if (!lead)
        return lead.error();
    LeadComment comment;
    comment.leadId = leadId;
    comment.writtenAt = m_clock.now();
    comment.authorId = actorId;
    comment.body = body.trimmed();
    auto id = ReviewRepository(m_db).addComment(comment);
    if (!id)
        return id.error();
    AuditEntry entry;
    entry.at = comment.writtenAt;
    entry.userId = actorId;
    entry.subject = QStringLiteral("lead");
    entry.subjectId = leadId;
    entry.action = QStringLiteral("comment");
    entry.summary = QStringLiteral("Commented on %1").arg(LeadAudit::label(*lead));
    entry.after = QJsonObject{{QStringLiteral("commentId"), *id}, {QStringLiteral("body"), comment.body}};
    auto recorded = AuditRepository(m_db).record(entry);
    if (!recorded)
        return recorded.error();
    BATON_TRY(transaction->commit());
    return *id;
}

} // namespace baton
