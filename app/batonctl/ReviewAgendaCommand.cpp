#include "ReviewAgendaCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "ReviewFilterOptions.h"
#include "ReviewWeekOption.h"
#include "meeting/ReviewAgenda.h"
#include "meeting/ReviewMeetingService.h"
#include "metrics/ReviewWeeks.h"
#include "services/MetricsService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace baton::cli {
namespace {

const QString jsonOption = QStringLiteral("json");
const QString zoneOption = QStringLiteral("zone");

void describe(CommandParser &parser)
{
    ReviewWeekOption::add(parser, false);
    ReviewFilterOptions::add(parser, true);
    parser.addOption(
        QCommandLineOption(jsonOption, QStringLiteral("Write one JSON object instead of text.")));
    parser.addNote(QStringLiteral(
        "The agenda lists the targets the week missed (furthest short first), then the largest\n"
        "changes against the week before (at most 6: rates by their change in points, counts and\n"
        "times by their relative change; a worsening before an improvement of the same size), then\n"
        "the action items carried over from earlier weeks, soonest due first. The rules are in\n"
        "docs/metrics.md, \"Agenda\". With --team, weeks begin in the team's time zone."));
    parser.addExample(QStringLiteral("--db team.baton review agenda --week 2026-03-02"),
                      QStringLiteral("The agenda of the week of 2 March."));
    parser.addExample(QStringLiteral("--db team.baton review agenda --team \"North America\" --json"),
                      QStringLiteral("This week's agenda for one team, for a script."));
}

QJsonObject itemJson(const AgendaItem &item)
{
    QJsonObject json{{QStringLiteral("kind"), ReviewAgenda::kindName(item.kind)},
                     {QStringLiteral("metric"),
                      item.metric ? QJsonValue(metricKeyName(*item.metric)) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("text"), item.text},
                     {QStringLiteral("worse"), item.worse}};
    if (item.kind != AgendaItem::Kind::CarriedOverAction)
        json.insert(QStringLiteral("size"), item.size);
    if (item.actionItemId)
        json.insert(QStringLiteral("actionItem"), *item.actionItemId);
    return json;
}

QString heading(AgendaItem::Kind kind)
{
    switch (kind) {
    case AgendaItem::Kind::MissedTarget:
        return QStringLiteral("Missed targets:");
    case AgendaItem::Kind::Change:
        return QStringLiteral("Largest changes against the week before (! got worse):");
    case AgendaItem::Kind::CarriedOverAction:
        return QStringLiteral("Action items carried over from earlier weeks (! overdue):");
    }
    return {};
}

void writeText(QTextStream &out, const QDate &week, const QTimeZone &zone,
               const std::vector<AgendaItem> &agenda)
{
    const QString when =
        QStringLiteral("%1 (%2)").arg(ReviewWeekOption::text(week), QString::fromUtf8(zone.id()));
    if (agenda.empty()) {
        out << "Nothing on the agenda for " << when
            << ": no target missed, nothing changed against the week before, nothing carried over."
            << Qt::endl;
        return;
    }
    out << "Agenda for " << when << ":\n";
    std::optional<AgendaItem::Kind> section;
    for (const AgendaItem &item : agenda) {
        if (section != item.kind) {
            out << '\n' << heading(item.kind) << '\n';
            section = item.kind;
        }
        const bool marked = item.worse && item.kind != AgendaItem::Kind::MissedTarget;
        out << (marked ? "  ! " : "    ");
        if (item.actionItemId)
            out << '#' << *item.actionItemId << ' ';
        out << item.text << '\n';
    }
}

} // namespace

int ReviewAgendaCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("review agenda"),
        QStringLiteral("[--week DATE] [--campaign ID] [--segment S] [--owner USER] [--team TEAM] [--zone "
                       "ZONE] [--json]"),
        QStringLiteral("The joint review's agenda for a week: the targets it missed, its largest changes "
                       "against\nthe week before, and the action items carried over to it."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;
    if (auto checked = ReviewWeekOption::check(parser, false); !checked)
        return parser.usageError(context, checked.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    auto filter = ReviewFilterOptions::read(parser, db);
    if (!filter)
        return parser.usageError(context, filter.error().message);
    MetricsService metrics(db, context.clock());
    auto zone = ReviewWeekOption::zone(parser, db, context.clock());
    if (!zone)
        return context.actionFailed(zone.error());
    if (filter->team && !parser.isSet(zoneOption)) {
        auto teamZone = metrics.teamZone(*filter->team);
        if (!teamZone)
            return context.actionFailed(teamZone.error());
        if (*teamZone)
            *zone = **teamZone;
    }
    auto week = ReviewWeekOption::resolve(parser, db, context.clock());
    if (!week)
        return context.actionFailed(week.error());
    if (!parser.isSet(QStringLiteral("week")))
        week = ReviewWeeks::mondayOf(context.clock().now(), *zone);

    auto review = metrics.review(ReviewWeeks::start(*week, *zone),
                                 ReviewWeeks::start(week->addDays(7), *zone), *zone, *filter);
    if (!review)
        return context.actionFailed(review.error());
    auto items = ReviewMeetingService(db, context.clock()).actionItems(*week);
    if (!items)
        return context.actionFailed(items.error());
    const std::vector<AgendaItem> agenda = ReviewAgenda::build(*week, *review, *items);

    QTextStream &out = context.out();
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const AgendaItem &item : agenda)
            array.append(itemJson(item));
        const QJsonObject json{{QStringLiteral("week"), week->toString(Qt::ISODate)},
                               {QStringLiteral("zone"), QString::fromUtf8(zone->id())},
                               {QStringLiteral("items"), array}};
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        writeText(out, *week, *zone, agenda);
    }
    out.flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
