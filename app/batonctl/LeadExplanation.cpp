#include "LeadExplanation.h"

#include "TextFormat.h"
#include "TextTable.h"

#include <QJsonArray>

namespace baton::cli {
namespace {

QString decimal(double value)
{
    return QString::number(value, 'f', 1);
}

QString signedPoints(int points)
{
    return points > 0 ? QStringLiteral("+%1").arg(points) : QString::number(points);
}

QString fastTrackNames(const MqlRule &rule)
{
    QStringList names;
    for (EventType type : rule.fastTrackEvents)
        names << eventTypeName(type);
    return names.join(QStringLiteral(", "));
}

QJsonObject eventJson(const EngagementEvent &event)
{
    return QJsonObject{{QStringLiteral("id"), event.id},
                       {QStringLiteral("type"), eventTypeName(event.type)},
                       {QStringLiteral("at"), TextFormat::isoTime(event.occurredAt)},
                       {QStringLiteral("detail"), event.detail}};
}

} // namespace

bool LeadExplanation::mqlMetNow() const
{
    const bool byScores = fit.points >= mqlRule.minFit && engagement.points >= mqlRule.minEngagement;
    return byScores || (crossing && crossing->fastTrack);
}

void LeadExplanation::writeText(QTextStream &out) const
{
    out << lead.person.name << " (lead " << lead.id << "), stage " << stageName(lead.stage) << "\n";
    if (definitionVersion == 0)
        out << "Scored against the built-in default definition (version 0)\n";
    else
        out << "Scored against definition version " << definitionVersion << "\n";

    out << "\nFit: " << fit.points << " points\n";
    TextTable fitTable({{QStringLiteral("Rule")},
                        {QStringLiteral("Points"), TextTable::Align::Right},
                        {QStringLiteral("Why"), TextTable::Align::Left, 70}});
    for (const FitContribution &rule : fit.explanation)
        fitTable.addRow(
            {rule.ruleName, rule.matched ? signedPoints(rule.points) : QStringLiteral("0"), rule.why});
    fitTable.write(out);

    out << "\nEngagement at " << TextFormat::time(at) << ": " << engagement.points << " points ("
        << decimal(engagement.exactPoints) << ")\n";
    TextTable engagementTable({{QStringLiteral("Rule")},
                               {QStringLiteral("Events"), TextTable::Align::Right},
                               {QStringLiteral("Raw -> decayed"), TextTable::Align::Right},
                               {QStringLiteral("Points"), TextTable::Align::Right},
                               {QStringLiteral("Capped")}});
    for (const EngagementContribution &rule : engagement.explanation)
        engagementTable.addRow(
            {rule.ruleName, QString::number(rule.eventsMatched),
             decimal(rule.rawPoints) + QStringLiteral(" -> ") + decimal(rule.decayedPoints),
             decimal(rule.points), rule.capped ? QStringLiteral("yes") : QStringLiteral("no")});
    engagementTable.write(out);

    out << "\nTotal: " << total() << " points (fit " << fit.points << " + engagement " << engagement.points
        << ")\n";

    out << "\nMQL rule: fit >= " << mqlRule.minFit << " and engagement >= " << mqlRule.minEngagement;
    if (!mqlRule.fastTrackEvents.empty())
        out << ", or fast track on " << fastTrackNames(mqlRule);
    out << "\n  " << (mqlMetNow() ? "Met now" : "Not met now") << "\n";
    if (crossing) {
        out << "  First crossed " << TextFormat::time(crossing->at)
            << (crossing->fastTrack ? " by fast track" : "") << " (fit " << crossing->fit << ", engagement "
            << crossing->engagement << ")\n";
        out << "  Buying signal: " << eventTypeName(crossing->signal.type) << " at "
            << TextFormat::time(crossing->signal.occurredAt) << ": " << crossing->signal.detail << "\n";
    } else {
        out << "  Never crossed\n";
    }
    if (fit.points < mqlRule.minFit)
        out << "  Needs " << (mqlRule.minFit - fit.points) << " more fit points\n";
    if (engagement.points < mqlRule.minEngagement)
        out << "  Needs " << (mqlRule.minEngagement - engagement.points) << " more engagement points\n";

    out << "\nContext package: " << context.percent << "% complete";
    if (context.missing.isEmpty())
        out << "\n";
    else
        out << ", missing " << context.missing.join(QStringLiteral(", ")) << "\n";
}

QJsonObject LeadExplanation::toJson() const
{
    QJsonArray fitRules;
    for (const FitContribution &rule : fit.explanation)
        fitRules.append(QJsonObject{{QStringLiteral("id"), rule.ruleId},
                                    {QStringLiteral("name"), rule.ruleName},
                                    {QStringLiteral("matched"), rule.matched},
                                    {QStringLiteral("points"), rule.points},
                                    {QStringLiteral("why"), rule.why}});
    QJsonArray engagementRules;
    for (const EngagementContribution &rule : engagement.explanation)
        engagementRules.append(QJsonObject{{QStringLiteral("id"), rule.ruleId},
                                           {QStringLiteral("name"), rule.ruleName},
                                           {QStringLiteral("eventsMatched"), rule.eventsMatched},
                                           {QStringLiteral("rawPoints"), rule.rawPoints},
                                           {QStringLiteral("decayedPoints"), rule.decayedPoints},
                                           {QStringLiteral("capped"), rule.capped},
                                           {QStringLiteral("points"), rule.points},
                                           {QStringLiteral("why"), rule.why}});
    QJsonArray fastTrack;
    for (EventType type : mqlRule.fastTrackEvents)
        fastTrack.append(eventTypeName(type));
    QJsonObject mql{
        {QStringLiteral("minFit"), mqlRule.minFit},
        {QStringLiteral("minEngagement"), mqlRule.minEngagement},
        {QStringLiteral("fastTrackEvents"), fastTrack},
        {QStringLiteral("met"), mqlMetNow()},
        {QStringLiteral("fitNeeded"), std::max(0, mqlRule.minFit - fit.points)},
        {QStringLiteral("engagementNeeded"), std::max(0, mqlRule.minEngagement - engagement.points)}};
    if (crossing)
        mql.insert(QStringLiteral("firstCrossing"),
                   QJsonObject{{QStringLiteral("at"), TextFormat::isoTime(crossing->at)},
                               {QStringLiteral("fastTrack"), crossing->fastTrack},
                               {QStringLiteral("fit"), crossing->fit},
                               {QStringLiteral("engagement"), crossing->engagement},
                               {QStringLiteral("total"), crossing->total},
                               {QStringLiteral("signal"), eventJson(crossing->signal)}});
    else
        mql.insert(QStringLiteral("firstCrossing"), QJsonValue::Null);

    return QJsonObject{
        {QStringLiteral("id"), lead.id},
        {QStringLiteral("name"), lead.person.name},
        {QStringLiteral("stage"), stageName(lead.stage)},
        {QStringLiteral("definitionVersion"), definitionVersion},
        {QStringLiteral("at"), TextFormat::isoTime(at)},
        {QStringLiteral("fit"),
         QJsonObject{{QStringLiteral("points"), fit.points}, {QStringLiteral("rules"), fitRules}}},
        {QStringLiteral("engagement"), QJsonObject{{QStringLiteral("points"), engagement.points},
                                                   {QStringLiteral("exactPoints"), engagement.exactPoints},
                                                   {QStringLiteral("rules"), engagementRules}}},
        {QStringLiteral("total"), total()},
        {QStringLiteral("mql"), mql},
        {QStringLiteral("context"),
         QJsonObject{{QStringLiteral("percent"), context.percent},
                     {QStringLiteral("missing"), QJsonArray::fromStringList(context.missing)}}}};
}

} // namespace baton::cli
