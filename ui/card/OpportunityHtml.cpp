#include "card/OpportunityHtml.h"

#include "card/CardHtml.h"
#include "format/AgeFormat.h"
#include "format/MoneyFormat.h"

#include <QLocale>

namespace baton {
namespace {

const QString wonColour = QStringLiteral("#15803d");
const QString lostColour = QStringLiteral("#b91c1c");
const QString unknownColour = QStringLiteral("#6b7280");

} // namespace

QString OpportunityHtml::render(const LeadCard &card, const QDateTime &now)
{
    if (!card.opportunity)
        return {};
    const Opportunity &opportunity = *card.opportunity;
    QString html = CardHtml::heading(tr("Opportunity"));
    html += QStringLiteral("<p style=\"margin-top:0px; margin-bottom:4px;\"><b>%1</b>&nbsp;&nbsp;%2")
                .arg(MoneyFormat::fromCents(opportunity.valueCents),
                     CardHtml::muted(tr("created %1").arg(AgeFormat::relative(opportunity.createdAt, now))));
    if (!opportunity.note.isEmpty())
        html += QStringLiteral("<br/>") + CardHtml::escaped(opportunity.note);
    html += QStringLiteral("</p>");
    const QLocale locale;
    html +=
        CardHtml::fields({{tr("Expected close"),
                           card.expectedClose.isValid()
                               ? CardHtml::escaped(locale.toString(card.expectedClose, QLocale::LongFormat))
                               : CardHtml::muted(tr("not known"))},
                          {tr("Result"), result(card, now)}});
    return html + qualification(card.answers);
}

QString OpportunityHtml::result(const LeadCard &card, const QDateTime &now)
{
    if (!card.closing)
        return CardHtml::muted(tr("open: not won or lost yet"));
    const OpportunityClosing &closing = *card.closing;
    QString html = QStringLiteral("<b style=\"color:%1;\">%2</b>")
                       .arg(closing.won ? wonColour : lostColour, closing.won ? tr("Won") : tr("Lost"));
    if (!closing.reason.isEmpty())
        html += QStringLiteral(" — ") + CardHtml::escaped(closing.reason);
    QStringList when;
    if (!closing.closedByName.isEmpty())
        when << closing.closedByName;
    if (closing.closedAt.isValid())
        when << AgeFormat::relative(closing.closedAt, now);
    if (!when.isEmpty())
        html += QStringLiteral("<br/>") + CardHtml::muted(when.join(QStringLiteral(", ")));
    return html;
}

QString OpportunityHtml::answerText(ChecklistAnswer::Value value)
{
    switch (value) {
    case ChecklistAnswer::Value::Yes:
        return QStringLiteral("<b style=\"color:%1;\">%2</b>").arg(wonColour, tr("✓ Yes"));
    case ChecklistAnswer::Value::No:
        return QStringLiteral("<b style=\"color:%1;\">%2</b>").arg(lostColour, tr("✗ No"));
    case ChecklistAnswer::Value::Unknown:
        return QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(unknownColour, tr("? Unknown"));
    }
    return {};
}

QString OpportunityHtml::qualification(const std::vector<QualificationAnswer> &answers)
{
    QString html = CardHtml::heading(tr("Qualification"));
    if (answers.empty())
        return html + CardHtml::muted(tr("No checklist answers recorded with this opportunity."));
    QString rows;
    for (const QualificationAnswer &answer : answers) {
        QString item = CardHtml::escaped(answer.criterion.name);
        if (!answer.criterion.required)
            item += QStringLiteral(" ") + CardHtml::muted(tr("(optional)"));
        rows += QStringLiteral("<tr><td class=\"nowrap\">%1</td><td class=\"nowrap\">%2</td><td>%3</td></tr>")
                    .arg(item, answerText(answer.answer.value), CardHtml::escaped(answer.answer.note));
    }
    return html + QStringLiteral("<table class=\"list\" cellspacing=\"0\">%1</table>").arg(rows);
}

} // namespace baton
