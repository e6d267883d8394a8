#include "card/LeadCardHtml.h"

#include "card/CardHtml.h"
#include "card/EngagementHtml.h"
#include "card/HistoryHtml.h"
#include "card/OpportunityHtml.h"
#include "card/ResponseHtml.h"
#include "card/ScoreHtml.h"
#include "card/ThreadHtml.h"
#include "format/AgeFormat.h"
#include "format/MoneyFormat.h"

#include <QLocale>

namespace baton {

QString LeadCardHtml::render(const LeadCard &card, const QDateTime &now, const ReasonLabel &reasonLabel,
                             Thread thread)
{
    QString html = header(card, now);
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                           "style=\"margin-top:10px;\"><tr>"
                           "<td width=\"55%\">%1</td><td width=\"45%\">%2</td></tr></table>")
                .arg(company(card.lead.company), campaign(card));
    html += OpportunityHtml::render(card, now);
    html += ResponseHtml::render(card.clock, card.routing, now);
    if (thread == Thread::Shown)
        html += ThreadHtml::render(card.thread, now);
    html += ScoreHtml::render(card.handoff, card.score, now);
    html += EngagementHtml::render(card.story, now);
    html += HistoryHtml::stageHistory(card.history, reasonLabel);
    html += HistoryHtml::activities(card.activities, now);
    return html;
}

QString LeadCardHtml::header(const LeadCard &card, const QDateTime &now)
{
    const Lead &lead = card.lead;
    QString html = QStringLiteral("<h2>%1&nbsp;&nbsp;%2</h2>")
                       .arg(CardHtml::escaped(lead.person.name), CardHtml::badge(lead.stage));
    QStringList role;
    if (!lead.person.title.isEmpty())
        role << lead.person.title;
    if (!lead.company.name.isEmpty())
        role << lead.company.name;
    html += QStringLiteral("<p style=\"margin-top:0px;\">%1").arg(CardHtml::escaped(role.join(tr(" at "))));
    if (const QString seniority = seniorityLabel(lead.person.seniority); !seniority.isEmpty())
        html += QStringLiteral("&nbsp;&nbsp;") + CardHtml::muted(tr("(%1)").arg(seniority));
    if (const QString contact = person(lead.person); !contact.isEmpty())
        html += QStringLiteral("<br/>") + contact;
    QStringList facts;
    if (lead.handoffAt) {
        facts << tr("Handed over %1 (%2)")
                     .arg(AgeFormat::relative(*lead.handoffAt, now), AgeFormat::full(*lead.handoffAt));
    }
    if (card.owner)
        facts << tr("Owner: %1").arg(card.owner->name);
    if (!facts.isEmpty())
        html += QStringLiteral("<br/>") + CardHtml::muted(facts.join(QStringLiteral("  ·  ")));
    html += QStringLiteral("</p>");
    if (card.movedWithoutContact)
        html += CardHtml::warning(withoutContact(lead.stage));
    return html;
}

QString LeadCardHtml::withoutContact(Stage stage)
{
    switch (stage) {
    case Stage::Sal:
        return tr("Accepted without a meaningful contact. Log the call, reply or meeting that counts "
                  "under the agreement, or the acceptance has nothing behind it.");
    case Stage::Sql:
        return tr("Converted without a meaningful contact on record since the handoff.");
    case Stage::Disqualified:
        return tr("Disqualified without a meaningful contact on record since the handoff.");
    default:
        return tr("Moved on without a meaningful contact on record since the handoff.");
    }
}

QString LeadCardHtml::person(const Person &person)
{
    QStringList ways;
    if (!person.email.isEmpty())
        ways << QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(CardHtml::escaped(person.email));
    if (!person.phone.isEmpty())
        ways << QStringLiteral("<a href=\"tel:%1\">%1</a>").arg(CardHtml::escaped(person.phone));
    return ways.join(CardHtml::muted(QStringLiteral("  ·  ")));
}

QString LeadCardHtml::company(const Company &company)
{
    const QLocale locale;
    QString where = countryLabel(company.country);
    if (!company.region.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(" · ")) + company.region;
    return CardHtml::heading(tr("Company")) +
           CardHtml::fields(
               {{tr("Industry"), CardHtml::escaped(company.industry)},
                {tr("Employees"), company.employees > 0 ? locale.toString(company.employees) : QString()},
                {tr("Revenue"),
                 company.annualRevenue > 0 ? MoneyFormat::compact(company.annualRevenue) : QString()},
                {tr("Location"), CardHtml::escaped(where)},
                {tr("Domain"), CardHtml::escaped(company.domain)}});
}

QString LeadCardHtml::campaign(const LeadCard &card)
{
    if (!card.campaign)
        return CardHtml::heading(tr("Source campaign")) + CardHtml::muted(tr("No campaign recorded"));
    const Campaign &campaign = card.campaign.value();
    QStringList details;
    if (!campaign.kind.isEmpty()) {
        QString kind = campaign.kind;
        kind.replace(QLatin1Char('_'), QLatin1Char(' '));
        details << kind;
    }
    if (campaign.startedOn.isValid())
        details << tr("started %1").arg(QLocale().toString(campaign.startedOn, QLocale::ShortFormat));
    return CardHtml::heading(tr("Source campaign")) +
           QStringLiteral("<p style=\"margin-top:0px;\"><b>%1</b><br/>%2</p>")
               .arg(CardHtml::escaped(campaign.name), CardHtml::muted(details.join(QStringLiteral(" · "))));
}

QString LeadCardHtml::nothingSelected()
{
    return CardHtml::placeholder(tr("Select a lead…"),
                                 tr("Its context card shows who they are, what they did and why they were "
                                    "handed over. Use the arrow keys to move through the queue."));
}

QString LeadCardHtml::emptyQueue()
{
    return CardHtml::placeholder(tr("Nothing in your queue"),
                                 tr("When marketing hands a lead over to you, it appears on the left."));
}

QString LeadCardHtml::unreadable(const QString &message)
{
    return CardHtml::placeholder(tr("This lead cannot be shown"), message);
}

QString LeadCardHtml::seniorityLabel(const QString &seniority)
{
    if (seniority == QLatin1String("c_level"))
        return tr("C-level");
    if (seniority == QLatin1String("vp"))
        return tr("VP");
    if (seniority == QLatin1String("director"))
        return tr("Director");
    if (seniority == QLatin1String("manager"))
        return tr("Manager");
    if (seniority == QLatin1String("individual"))
        return tr("Individual contributor");
    if (seniority == QLatin1String("student"))
        return tr("Student");
    return seniority;
}

QString LeadCardHtml::countryLabel(const QString &isoCode)
{
    if (isoCode.isEmpty())
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(isoCode);
    if (territory == QLocale::AnyTerritory)
        return isoCode;
    return QLocale::territoryToString(territory);
}

} // namespace baton
