#include "rejections/ReviewHtml.h"

#include "card/CardHtml.h"
#include "rejections/InboxText.h"

#include <algorithm>

namespace baton {
namespace {

QString statusColour(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Open:
        return QStringLiteral("#b45309");
    case ReviewStatus::Disputed:
        return QStringLiteral("#b91c1c");
    case ReviewStatus::Reopened:
        return QStringLiteral("#2563eb");
    default:
        return QStringLiteral("#4b5563");
    }
}

} // namespace

QString ReviewHtml::render(const RejectionReview &review, const QString &reasonLabel,
                           const std::vector<LeadComment> &thread)
{
    const QString owner = review.rejectedByName.isEmpty() ? tr("nobody recorded") : review.rejectedByName;
    QString html =
        QStringLiteral("<p>%1 %2</p>")
            .arg(CardHtml::badge(review.stage),
                 CardHtml::escaped(tr("%1 · by %2").arg(InboxText::full(review.rejectedAt), owner)));
    html += CardHtml::fields({
        {tr("Reason"), QStringLiteral("<b>%1</b>").arg(CardHtml::escaped(reasonLabel))},
        {tr("Review"), reviewState(review, thread)},
    });
    if (!review.note.isEmpty())
        html += CardHtml::quote(review.note, tr("%1, with the reason").arg(owner));
    else
        html += QStringLiteral("<p>%1</p>").arg(CardHtml::muted(tr("No note with the reason.")));
    return html + threadHtml(thread);
}

QString ReviewHtml::reviewState(const RejectionReview &review, const std::vector<LeadComment> &thread)
{
    QString label =
        QStringLiteral("<span style=\"color:%1; font-weight:600;\">%2</span>")
            .arg(statusColour(review.status), CardHtml::escaped(reviewStatusLabel(review.status)));
    if (review.status == ReviewStatus::Open)
        return label + QStringLiteral(" &mdash; ") + CardHtml::muted(tr("not reviewed yet"));
    const QString kind = reviewStatusName(review.status);
    const auto step = std::find_if(thread.rbegin(), thread.rend(), [&](const LeadComment &entry) {
        return entry.reviewId == review.id && entry.kind == kind;
    });
    if (step == thread.rend())
        return label;
    return label + QStringLiteral(" &mdash; ") +
           CardHtml::muted(tr("by %1, %2").arg(step->authorName, InboxText::full(step->writtenAt)));
}

QString ReviewHtml::entryVerb(const QString &kind)
{
    if (kind == QLatin1String("acknowledged"))
        return tr("acknowledged the rejection");
    if (kind == QLatin1String("disputed"))
        return tr("disputed the rejection");
    if (kind == QLatin1String("upheld"))
        return tr("upheld the rejection");
    if (kind == QLatin1String("reopened"))
        return tr("reopened the lead into the queue");
    if (kind == QLatin1String("recycled"))
        return tr("recycled the lead to nurture");
    return tr("commented");
}

QString ReviewHtml::threadHtml(const std::vector<LeadComment> &thread)
{
    QString html = CardHtml::heading(tr("Thread"));
    if (thread.empty())
        return html + CardHtml::muted(tr("No comments or review steps yet."));
    QString rows;
    for (const LeadComment &entry : thread) {
        const QString who = entry.authorName.isEmpty() ? tr("Someone") : entry.authorName;
        QString line = QStringLiteral("<b>%1</b> %2 &middot; %3")
                           .arg(CardHtml::escaped(who), CardHtml::escaped(entryVerb(entry.kind)),
                                CardHtml::muted(InboxText::full(entry.writtenAt)));
        if (!entry.body.isEmpty())
            line += QStringLiteral("<br/>") +
                    CardHtml::escaped(entry.body).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        rows += QStringLiteral("<tr><td>%1</td></tr>").arg(line);
    }
    return html + QStringLiteral("<table class=\"list\" cellspacing=\"0\">%1</table>").arg(rows);
}

QString ReviewHtml::nothingSelected()
{
    return CardHtml::placeholder(tr("Select a rejection…"),
                                 tr("It shows the owner's reason and note, the context package the lead "
                                    "arrived with, and the thread both teams read."));
}

QString ReviewHtml::unreadable(const QString &message)
{
    return CardHtml::placeholder(tr("This rejection cannot be shown"), message);
}

} // namespace baton
