#include "card/ThreadHtml.h"

#include "card/CardHtml.h"
#include "format/AgeFormat.h"

namespace baton {

QString ThreadHtml::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("comment"))
        return tr("Comment");
    if (kind == QLatin1String("acknowledged"))
        return tr("Acknowledged");
    if (kind == QLatin1String("disputed"))
        return tr("Disputed");
    if (kind == QLatin1String("upheld"))
        return tr("Upheld");
    if (kind == QLatin1String("reopened"))
        return tr("Reopened");
    if (kind == QLatin1String("recycled"))
        return tr("Recycled");
    return kind;
}

QString ThreadHtml::render(const std::vector<LeadComment> &thread, const QDateTime &now)
{
    QString html = CardHtml::heading(tr("Thread"));
    if (thread.empty())
        return html + CardHtml::muted(tr("No comments yet. Comment… writes to both teams."));
    QString rows;
    for (const LeadComment &entry : thread) {
        const QString when = QStringLiteral("<span title=\"%1\">%2</span>")
                                 .arg(CardHtml::escaped(AgeFormat::full(entry.writtenAt)),
                                      CardHtml::muted(AgeFormat::relative(entry.writtenAt, now)));
        QString what = QStringLiteral("<b>%1</b>").arg(CardHtml::escaped(entry.authorName));
        if (entry.kind != QLatin1String("comment"))
            what += QStringLiteral(" · ") + CardHtml::escaped(kindLabel(entry.kind).toLower());
        rows += QStringLiteral("<tr><td class=\"nowrap\">%1</td><td class=\"nowrap\">%2</td><td>%3</td></tr>")
                    .arg(when, what, CardHtml::escaped(entry.body));
    }
    return html + QStringLiteral("<table class=\"list\" cellspacing=\"0\">%1</table>").arg(rows);
}

} // namespace baton
