#include "ReviewText.h"

#include "TextFormat.h"
#include "UserDirectory.h"
#include "feedback/FeedbackLabels.h"

#include <QStringList>

namespace baton::cli {
namespace {

const QString indent = QStringLiteral("    ");

void field(QTextStream &out, const char *label, const QString &value)
{
    out << QString::fromLatin1(label).leftJustified(18) << value << '\n';
}

} // namespace

void ReviewText::writeReview(QTextStream &out, const RejectionReview &review, std::optional<Stage> leadStage,
                             const FeedbackLabels &labels, const UserDirectory &users)
{
    out << "Rejection review " << review.id << " (version " << review.version << ")\n";
    QString lead = QStringLiteral("%1 (%2").arg(review.leadId).arg(review.leadName);
    if (!review.companyName.isEmpty())
        lead += QStringLiteral(", ") + review.companyName;
    lead += QLatin1Char(')');
    if (leadStage)
        lead += QStringLiteral(", now %1").arg(stageName(*leadStage));
    field(out, "Lead:", lead);
    field(out, review.stage == Stage::Disqualified ? "Disqualified:" : "Rejected:",
          QStringLiteral("%1 by %2")
              .arg(TextFormat::time(review.rejectedAt),
                   users.describe(review.rejectedBy, QStringLiteral("nobody recorded"))));
    field(out, "Reason:", QStringLiteral("%1 (%2)").arg(labels.reason(review.reasonCode), review.reasonCode));
    field(out, "Owner's note:", review.note.isEmpty() ? QStringLiteral("-") : review.note);
    field(out, "Campaign:", campaign(review.campaignId, labels));
    field(out, "Score at handoff:",
          review.totalScore ? QString::number(*review.totalScore)
                            : QStringLiteral("- (no handoff recorded)"));
    field(out, "Status:", status(review, users));
}

void ReviewText::writeThread(QTextStream &out, const std::vector<LeadComment> &thread,
                             const UserDirectory &users)
{
    if (thread.empty()) {
        out << "Thread: nothing written yet.\n";
        return;
    }
    out << "Thread, oldest first:\n";
    for (const LeadComment &entry : thread) {
        out << "  " << TextFormat::time(entry.writtenAt) << "  " << users.describe(entry.authorId) << ", "
            << entry.kind << '\n';
        if (entry.body.isEmpty())
            continue;
        for (const QString &line : entry.body.split(QLatin1Char('\n')))
            out << indent << line << '\n';
    }
}

QString ReviewText::status(const RejectionReview &review, const UserDirectory &users)
{
    if (review.status == ReviewStatus::Open && !review.statusBy)
        return QStringLiteral("Open: not reviewed yet");
    return QStringLiteral("%1 by %2 at %3")
        .arg(reviewStatusLabel(review.status), users.describe(review.statusBy),
             TextFormat::time(review.statusAt));
}

QString ReviewText::campaign(const std::optional<qint64> &campaignId, const FeedbackLabels &labels)
{
    if (!campaignId || *campaignId == 0)
        return labels.campaign(0);
    const QString source = labels.sourceOf(*campaignId);
    const QString name = labels.campaign(*campaignId);
    return source.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, source);
}

} // namespace baton::cli
