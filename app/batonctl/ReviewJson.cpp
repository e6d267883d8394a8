#include "ReviewJson.h"

#include "TextFormat.h"
#include "UserDirectory.h"
#include "feedback/FeedbackLabels.h"

namespace baton::cli {
namespace {

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(TextFormat::isoTime(value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue campaign(const std::optional<qint64> &id, const FeedbackLabels &labels)
{
    if (!id || *id == 0)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("id"), *id},
                       {QStringLiteral("name"), labels.campaign(*id)},
                       {QStringLiteral("source"), text(labels.sourceOf(*id))}};
}

} // namespace

QJsonObject ReviewJson::review(const RejectionReview &review, const FeedbackLabels &labels,
                               const UserDirectory &users)
{
    return {
        {QStringLiteral("id"), review.id},
        {QStringLiteral("version"), review.version},
        {QStringLiteral("lead"), QJsonObject{{QStringLiteral("id"), review.leadId},
                                             {QStringLiteral("name"), review.leadName},
                                             {QStringLiteral("company"), text(review.companyName)}}},
        {QStringLiteral("stage"), stageName(review.stage)},
        {QStringLiteral("reason"), QJsonObject{{QStringLiteral("code"), review.reasonCode},
                                               {QStringLiteral("label"), labels.reason(review.reasonCode)}}},
        {QStringLiteral("note"), text(review.note)},
        {QStringLiteral("rejectedAt"), time(review.rejectedAt)},
        {QStringLiteral("rejectedBy"), users.json(review.rejectedBy)},
        {QStringLiteral("campaign"), campaign(review.campaignId, labels)},
        {QStringLiteral("totalScore"),
         review.totalScore ? QJsonValue(*review.totalScore) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), reviewStatusName(review.status)},
        {QStringLiteral("statusAt"), time(review.statusAt)},
        {QStringLiteral("statusBy"), users.json(review.statusBy)},
    };
}

QJsonObject ReviewJson::comment(const LeadComment &comment, const UserDirectory &users)
{
    return {{QStringLiteral("id"), comment.id},
            {QStringLiteral("at"), time(comment.writtenAt)},
            {QStringLiteral("author"), users.json(comment.authorId)},
            {QStringLiteral("kind"), comment.kind},
            {QStringLiteral("body"), text(comment.body)},
            {QStringLiteral("reviewId"),
             comment.reviewId ? QJsonValue(*comment.reviewId) : QJsonValue(QJsonValue::Null)}};
}

} // namespace baton::cli
