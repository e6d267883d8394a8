#include "card/HistoryHtml.h"

#include "card/CardHtml.h"
#include "format/AgeFormat.h"

namespace baton {
namespace {

QString row(const QString &when, const QString &what, const QString &who, const QString &details)
{
    return QStringLiteral("<tr><td class=\"nowrap\">%1</td><td class=\"nowrap\">%2</td>"
                          "<td class=\"nowrap\">%3</td><td>%4</td></tr>")
        .arg(when, what, who, details);
}

} // namespace

QString HistoryHtml::stageHistory(const std::vector<StageChange> &history, const ReasonLabel &reasonLabel)
{
    QString html = CardHtml::heading(tr("Stage history"));
    if (history.empty())
        return html + CardHtml::muted(tr("No stage changes recorded."));
    QString rows;
    for (const StageChange &change : history) {
        const QString what = change.from ? CardHtml::stageText(*change.from) + QStringLiteral(" &rarr; ") +
                                               CardHtml::stageText(change.to)
                                         : tr("Created as %1").arg(CardHtml::stageText(change.to));
        const QString who = change.userId ? CardHtml::escaped(change.userName) : CardHtml::muted(tr("Baton"));
        QStringList details;
        if (!change.reasonCode.isEmpty()) {
            const QString label = reasonLabel ? reasonLabel(change.reasonCode) : QString();
            details << QStringLiteral("<b>%1</b>")
                           .arg(CardHtml::escaped(label.isEmpty() ? change.reasonCode : label));
        }
        if (!change.note.isEmpty())
            details << CardHtml::escaped(change.note);
        if (change.withoutContact)
            details << QStringLiteral("<span style=\"color:#b45309;\">%1</span>")
                           .arg(CardHtml::escaped(tr("⚠ no meaningful contact before it")));
        rows += row(CardHtml::muted(AgeFormat::full(change.changedAt)), what, who,
                    details.join(QStringLiteral(" — ")));
    }
    return html + QStringLiteral("<table class=\"list\" cellspacing=\"0\">%1</table>").arg(rows);
}

QString HistoryHtml::activities(const std::vector<Activity> &activities, const QDateTime &now)
{
    QString html = CardHtml::heading(tr("Activities"));
    if (activities.empty())
        return html + CardHtml::muted(tr("No calls, emails or meetings logged yet."));
    QString rows;
    for (const Activity &activity : activities) {
        QString what = QStringLiteral("<b>%1</b>").arg(CardHtml::escaped(activityTypeLabel(activity.type)));
        if (!activity.outcome.isEmpty())
            what += QStringLiteral(" · ") + CardHtml::escaped(outcomeLabel(activity.outcome));
        const QString when = QStringLiteral("<span title=\"%1\">%2</span>")
                                 .arg(CardHtml::escaped(AgeFormat::full(activity.occurredAt)),
                                      CardHtml::muted(AgeFormat::relative(activity.occurredAt, now)));
        rows += row(when, what, CardHtml::escaped(activity.userName), CardHtml::escaped(activity.note));
    }
    return html + QStringLiteral("<table class=\"list\" cellspacing=\"0\">%1</table>").arg(rows);
}

} // namespace baton
