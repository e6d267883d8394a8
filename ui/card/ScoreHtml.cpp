#include "card/ScoreHtml.h"

#include "card/CardHtml.h"
#include "format/AgeFormat.h"

namespace baton {
namespace {

QString decimal(double value)
{
    return QString::number(value, 'f', 1);
}

QString signedPoints(int points)
{
    return points > 0 ? QStringLiteral("+%1").arg(points) : QString::number(points);
}

QString row(const QString &name, const QString &points, const QString &why)
{
    return QStringLiteral("<tr><td style=\"padding-right:10px;\">%1</td>"
                          "<td align=\"right\" style=\"padding-right:10px;\"><b>%2</b></td><td>%3</td></tr>")
        .arg(CardHtml::escaped(name), points, CardHtml::muted(why));
}

/// A titled table of the rules that gave points; a muted line when there are none. A table of its
/// own: a heading row spanning the columns would make Qt widen the first one.
QString group(const QString &title, const QString &rows, const QString &none)
{
    const QString heading =
        QStringLiteral("<p style=\"margin-top:8px; margin-bottom:2px; color:#4b5563;\"><b>%1</b></p>")
            .arg(CardHtml::escaped(title));
    if (rows.isEmpty())
        return heading + QStringLiteral("<p style=\"margin-top:0px;\">%1</p>").arg(CardHtml::muted(none));
    return heading + QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(rows);
}

} // namespace

QString ScoreHtml::render(const std::optional<Handoff> &handoffRecord,
                          const std::optional<ScoreBreakdown> &score, const QDateTime &now)
{
    QString html;
    if (handoffRecord)
        html += handoff(*handoffRecord, now);
    if (score)
        html += breakdown(*score);
    return html;
}

QString ScoreHtml::versionName(int number)
{
    return number == 0 ? tr("the built-in definition") : tr("definition version %1").arg(number);
}

QString ScoreHtml::handoff(const Handoff &record, const QDateTime &now)
{
    QString how;
    switch (record.trigger) {
    case HandoffTrigger::Event:
        how = record.fastTrack ? tr("fast track") : tr("met the MQL rule");
        break;
    case HandoffTrigger::Reevaluation:
        how = record.fastTrack ? tr("fast track, when the new version was applied")
                               : tr("met the MQL rule when the new version was applied");
        break;
    case HandoffTrigger::Manual:
        how = tr("handed over by hand");
        break;
    }
    QString html = CardHtml::heading(tr("Why it was handed over"));
    html += CardHtml::fields({
        {tr("Definition"),
         CardHtml::escaped(record.definitionNumber == 0 ? tr("built-in (version 0)")
                                                        : tr("version %1").arg(record.definitionNumber)) +
             QStringLiteral(" · ") + CardHtml::escaped(how)},
        {tr("Score then"),
         tr("<b>%1</b> (fit %2 + engagement %3)").arg(record.total()).arg(record.fit).arg(record.engagement)},
        {tr("Buying signal"), signal(record, now)},
        {tr("Context package"), completeness(record)},
    });
    return html;
}

QString ScoreHtml::signal(const Handoff &record, const QDateTime &now)
{
    if (!record.signal)
        return CardHtml::muted(tr("none on record"));
    const EngagementEvent &event = *record.signal;
    QString text = QStringLiteral("<b>%1</b>").arg(CardHtml::escaped(eventTypeLabel(event.type)));
    if (!event.detail.isEmpty())
        text += QStringLiteral(": ") + CardHtml::escaped(event.detail);
    return text + QStringLiteral(" ") +
           CardHtml::muted(
               tr("(%1, %2)")
                   .arg(AgeFormat::relative(event.occurredAt, now), AgeFormat::full(event.occurredAt)));
}

QString ScoreHtml::completeness(const Handoff &record)
{
    const QString colour = record.completeness == 100 ? QStringLiteral("#2e7d32") : QStringLiteral("#b26a00");
    QString html = QStringLiteral("<span style=\"color:%1;\"><b>%2% complete</b></span>")
                       .arg(colour)
                       .arg(record.completeness);
    if (!record.missing.isEmpty()) {
        QStringList labels;
        for (const QString &field : record.missing)
            labels << contextFieldLabel(field);
        html +=
            QStringLiteral(" ") + CardHtml::muted(tr("missing: %1").arg(labels.join(QStringLiteral(", "))));
    }
    return html;
}

QString ScoreHtml::contextFieldLabel(const QString &field)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("email"), tr("e-mail")},
        {QStringLiteral("phone"), tr("phone")},
        {QStringLiteral("name"), tr("name")},
        {QStringLiteral("title"), tr("job title")},
        {QStringLiteral("seniority"), tr("seniority")},
        {QStringLiteral("company.name"), tr("company")},
        {QStringLiteral("company.domain"), tr("company domain")},
        {QStringLiteral("company.industry"), tr("industry")},
        {QStringLiteral("company.employees"), tr("employees")},
        {QStringLiteral("company.annual_revenue"), tr("revenue")},
        {QStringLiteral("company.country"), tr("country")},
        {QStringLiteral("company.region"), tr("region")},
        {QStringLiteral("campaign"), tr("source campaign")},
        {QStringLiteral("buying_signal"), tr("buying signal")},
    };
    return labels.value(field, field);
}

QString ScoreHtml::verdict(const ScoreBreakdown &score)
{
    if (score.meetsScores())
        return tr("meets the MQL rule (fit ≥ %1 and engagement ≥ %2)")
            .arg(score.rule.minFit)
            .arg(score.rule.minEngagement);
    QStringList short_;
    if (score.fit.points < score.rule.minFit)
        short_ << tr("fit %1 of the %2 needed").arg(score.fit.points).arg(score.rule.minFit);
    if (score.engagement.points < score.rule.minEngagement)
        short_ << tr("engagement %1 of the %2 needed")
                      .arg(score.engagement.points)
                      .arg(score.rule.minEngagement);
    return tr("below the MQL rule: %1").arg(short_.join(QStringLiteral(", ")));
}

QString ScoreHtml::breakdown(const ScoreBreakdown &score)
{
    QString html = CardHtml::heading(tr("Score now: %1").arg(score.total()));
    html += QStringLiteral("<p style=\"margin-top:0px;\">%1</p>")
                .arg(CardHtml::muted(tr("Fit %1 + engagement %2 under %3; %4.")
                                         .arg(score.fit.points)
                                         .arg(score.engagement.points)
                                         .arg(versionName(score.definitionNumber), verdict(score))));
    QString fitRows;
    for (const FitContribution &rule : score.fit.explanation) {
        if (rule.matched && rule.points != 0)
            fitRows += row(rule.ruleName, signedPoints(rule.points), rule.why);
    }
    html += group(tr("Fit %1: who they are").arg(score.fit.points), fitRows,
                  tr("No fit rule gives this lead points."));
    QString engagementRows;
    for (const EngagementContribution &rule : score.engagement.explanation) {
        if (rule.eventsMatched > 0)
            engagementRows += row(rule.ruleName, decimal(rule.points), rule.why);
    }
    html +=
        group(tr("Engagement %1: what they did, recent interest counting most").arg(score.engagement.points),
              engagementRows, tr("Nothing they did earns engagement points."));
    return html;
}

} // namespace baton
