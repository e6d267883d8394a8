#include "LeadCardText.h"

#include "TextFormat.h"

#include <algorithm>

namespace baton::cli {
namespace {

const QString indent = QStringLiteral("  ");

/// "  Label       value", skipped when the value is empty.
void field(QTextStream &out, const QString &label, const QString &value, const QString &prefix = indent)
{
    if (value.trimmed().isEmpty())
        return;
    out << prefix << label.leftJustified(10) << "  " << value << '\n';
}

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList present;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            present << part;
    }
    return present.join(separator);
}

QString byWhom(const QString &name)
{
    return name.isEmpty() ? QStringLiteral("system") : name;
}

QString quotedNote(const QString &note)
{
    return note.isEmpty() ? QString() : QStringLiteral("  \"%1\"").arg(note);
}

} // namespace

LeadCardText::LeadCardText(QHash<QString, QString> reasonLabels)
    : m_reasonLabels(std::move(reasonLabels))
{}

void LeadCardText::write(const LeadCard &card, QTextStream &out) const
{
    writeHeader(card, out);
    writePersonAndCompany(card.lead, out);
    writeEngagement(card.story, out);
    writeHistory(card.history, out);
    writeActivities(card.activities, out);
    writeOpportunity(card, out);
}

void LeadCardText::writeHeader(const LeadCard &card, QTextStream &out) const
{
    const Lead &lead = card.lead;
    out << "Lead " << lead.id << ": " << lead.person.name << '\n';
    const QString role = joined({lead.person.title, lead.company.name}, QStringLiteral(" at "));
    if (!role.isEmpty())
        out << indent << role << '\n';
    out << '\n';

    QString stage = stageLabel(lead.stage);
    if (lead.handoffAt)
        stage += QStringLiteral(", handed over %1 UTC").arg(TextFormat::time(*lead.handoffAt));
    if (lead.revisitOn)
        stage += QStringLiteral(", revisit on %1").arg(TextFormat::date(*lead.revisitOn));
    field(out, QStringLiteral("Stage"), stage, {});
    field(out, QStringLiteral("Owner"),
          card.owner ? QStringLiteral("%1 (%2)").arg(card.owner->name, card.owner->login)
                     : QStringLiteral("nobody yet"),
          {});
    if (card.campaign) {
        const QString details =
            joined({card.campaign->kind,
                    card.campaign->startedOn.isValid()
                        ? QStringLiteral("started %1").arg(TextFormat::date(card.campaign->startedOn))
                        : QString()},
                   QStringLiteral(", "));
        field(out, QStringLiteral("Campaign"),
              details.isEmpty() ? card.campaign->name
                                : QStringLiteral("%1 (%2)").arg(card.campaign->name, details),
              {});
    } else {
        field(out, QStringLiteral("Campaign"), QStringLiteral("none recorded"), {});
    }
    field(out, QStringLiteral("Created"), TextFormat::time(lead.createdAt) + QStringLiteral(" UTC"), {});
}

void LeadCardText::writePersonAndCompany(const Lead &lead, QTextStream &out) const
{
    out << "\nPerson\n";
    field(out, QStringLiteral("Email"), lead.person.email);
    field(out, QStringLiteral("Phone"), lead.person.phone);
    field(out, QStringLiteral("Title"),
          joined({lead.person.title, lead.person.seniority.isEmpty()
                                         ? QString()
                                         : QStringLiteral("(%1)").arg(lead.person.seniority)},
                 QStringLiteral(" ")));

    const Company &company = lead.company;
    out << "\nCompany\n";
    field(out, QStringLiteral("Name"),
          joined({company.name,
                  company.domain.isEmpty() ? QString() : QStringLiteral("(%1)").arg(company.domain)},
                 QStringLiteral(" ")));
    field(out, QStringLiteral("Industry"), company.industry);
    field(out, QStringLiteral("Size"),
          joined({company.employees > 0
                      ? QStringLiteral("%1 employees").arg(TextFormat::number(company.employees))
                      : QString(),
                  company.annualRevenue > 0
                      ? QStringLiteral("revenue %1").arg(TextFormat::number(company.annualRevenue))
                      : QString()},
                 QStringLiteral(", ")));
    field(out, QStringLiteral("Location"), joined({company.country, company.region}, QStringLiteral(", ")));
}

void LeadCardText::writeEngagement(const EngagementStory &story, QTextStream &out) const
{
    out << "\nEngagement";
    if (story.totalEvents() == 0) {
        out << ": none recorded\n";
        return;
    }
    out << ": " << story.totalEvents() << (story.totalEvents() == 1 ? " event" : " events") << ", last "
        << TextFormat::time(story.lastActivity()) << " UTC";
    if (story.emailOpens() > 0 || story.emailClicks() > 0)
        out << "; emails opened " << story.emailOpens() << ", clicked " << story.emailClicks();
    out << '\n';

    if (!story.pages().empty()) {
        out << indent << "Pages visited (most visited first)\n";
        qsizetype urlWidth = 0;
        for (std::size_t i = 0; i < story.pages().size() && i < static_cast<std::size_t>(maxPages); ++i)
            urlWidth = std::max(urlWidth, std::min(story.pages()[i].url.size(), maxUrlWidth));
        int shown = 0;
        for (const auto &page : story.pages()) {
            if (shown++ == maxPages) {
                out << indent << indent << "... and " << story.pages().size() - maxPages << " more pages\n";
                break;
            }
            out << indent << indent << QString::number(page.count).rightJustified(3) << "x  "
                << TextFormat::elide(page.url, maxUrlWidth).leftJustified(urlWidth) << "  last "
                << TextFormat::date(page.last.toUTC().date()) << '\n';
        }
    }
    if (!story.moments().empty()) {
        out << indent << "Downloads, webinars, questions, forms (newest first)\n";
        qsizetype typeWidth = 0;
        for (const auto &moment : story.moments())
            typeWidth = std::max(typeWidth, eventTypeLabel(moment.type).size());
        int shown = 0;
        for (const auto &moment : story.moments()) {
            if (shown++ == maxMoments) {
                out << indent << indent << "... and " << story.moments().size() - maxMoments << " more\n";
                break;
            }
            QString detail = moment.detail;
            if (moment.type == EventType::WebinarQuestion && !detail.isEmpty())
                detail = QStringLiteral("\"%1\"").arg(detail);
            if (!moment.campaign.isEmpty())
                detail += QStringLiteral("  [%1]").arg(moment.campaign);
            out << indent << indent << TextFormat::time(moment.at) << "  "
                << eventTypeLabel(moment.type).leftJustified(typeWidth) << "  " << detail.trimmed() << '\n';
        }
    }
}

void LeadCardText::writeHistory(const std::vector<StageChange> &history, QTextStream &out) const
{
    out << "\nHistory (oldest first)\n";
    for (const StageChange &change : history) {
        const QString move =
            change.from ? QStringLiteral("%1 -> %2").arg(stageName(*change.from), stageName(change.to))
                        : QStringLiteral("created as %1").arg(stageName(change.to));
        out << indent << TextFormat::time(change.changedAt) << "  " << move.leftJustified(20) << "  by "
            << byWhom(change.userName);
        if (!change.reasonCode.isEmpty())
            out << "; reason: " << reasonText(change.to, change.reasonCode);
        out << quotedNote(change.note) << '\n';
    }
}

void LeadCardText::writeActivities(const std::vector<Activity> &activities, QTextStream &out) const
{
    out << "\nActivities";
    if (activities.empty()) {
        out << ": none yet\n";
        return;
    }
    out << " (newest first)\n";
    auto what = [](const Activity &activity) {
        return QStringLiteral("%1: %2").arg(activityTypeLabel(activity.type), outcomeLabel(activity.outcome));
    };
    qsizetype width = 0;
    for (const Activity &activity : activities)
        width = std::max(width, what(activity).size());
    for (const Activity &activity : activities) {
        out << indent << TextFormat::time(activity.occurredAt) << "  " << what(activity).leftJustified(width)
            << "  by " << byWhom(activity.userName) << quotedNote(activity.note) << '\n';
    }
}

void LeadCardText::writeOpportunity(const LeadCard &card, QTextStream &out) const
{
    if (!card.opportunity)
        return;
    const Opportunity &opportunity = *card.opportunity;
    QString by;
    for (const StageChange &change : card.history) {
        if (change.to == Stage::Sql && change.userId == opportunity.createdBy)
            by = change.userName;
    }
    out << "\nOpportunity\n";
    field(out, QStringLiteral("Value"), TextFormat::money(opportunity.valueCents));
    field(out, QStringLiteral("Created"),
          TextFormat::time(opportunity.createdAt) + QStringLiteral(" UTC") +
              (by.isEmpty() ? QString() : QStringLiteral(" by ") + by));
    field(out, QStringLiteral("Note"), opportunity.note);
}

QString LeadCardText::reasonText(Stage stage, const QString &code) const
{
    const QString label = m_reasonLabels.value(stageName(stage) + QLatin1Char('/') + code);
    return label.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(label, code);
}

} // namespace baton::cli
