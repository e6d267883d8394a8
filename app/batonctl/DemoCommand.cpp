#include "DemoCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "TextFormat.h"
#include "ValueParser.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"

#include <QDir>
#include <QElapsedTimer>

namespace baton::cli {
namespace {

const QString leadsOption = QStringLiteral("leads");
const QString seedOption = QStringLiteral("seed");
const QString eventsOption = QStringLiteral("events");

void describe(CommandParser &parser)
{
    parser.addOption(QCommandLineOption(leadsOption,
                                        QStringLiteral("How many leads to make (default %1, at most %2).")
                                            .arg(DemoCommand::defaultLeads)
                                            .arg(TextFormat::number(DemoCommand::maxLeads)),
                                        QStringLiteral("N")));
    parser.addOption(
        QCommandLineOption(seedOption,
                           QStringLiteral("The random seed (default 1): the same seed, lead count "
                                          "and BATON_NOW give the same data."),
                           QStringLiteral("S")));
    parser.addOption(QCommandLineOption(
        eventsOption,
        QStringLiteral("About how many engagement events a lead gets on average (4-40, default 13)."),
        QStringLiteral("N")));
    parser.addExample(QStringLiteral("--db demo.baton demo --leads 2000"),
                      QStringLiteral("A new file with 2,000 leads and 12 weeks of history up to now."));
    parser.addExample(QStringLiteral("--db big.baton demo --leads 1000000 --seed 7"),
                      QStringLiteral("A million leads, for trying Baton at scale."));
    parser.addExample(QStringLiteral("--db bench.baton demo --leads 1000000 --events 20"),
                      QStringLiteral("The benchmark scale: a million leads, twenty million events."));
    parser.addNote(
        QStringLiteral("Set BATON_NOW=2026-03-10T10:00:00Z to fix the end of the history, e.g. for "
                       "tests that compare files."));
}

void writeSummary(QTextStream &out, const QString &path, const DemoSummary &summary, double seconds,
                  quint64 seed, const QDateTime &now)
{
    const double rate = seconds > 0 ? static_cast<double>(summary.leads) / seconds : 0.0;
    out << "Generated " << TextFormat::number(summary.leads) << " demo leads in " << path << " in "
        << QString::number(seconds, 'f', 2) << " s (" << TextFormat::number(qRound64(rate)) << " leads/s).\n";
    auto line = [&out](const QString &label, qint64 value) {
        out << "  " << label.leftJustified(18) << TextFormat::number(value).rightJustified(12) << '\n';
    };
    line(QStringLiteral("leads"), summary.leads);
    line(QStringLiteral("engagement events"), summary.events);
    line(QStringLiteral("activities"), summary.activities);
    line(QStringLiteral("stage changes"), summary.stageChanges);
    line(QStringLiteral("users"), summary.users);
    line(QStringLiteral("campaigns"), summary.campaigns);
    out << "Seed " << seed << ", history up to " << TextFormat::time(now) << " UTC.\n"
        << "Next: batonctl --db " << path << " lead list --stage mql" << Qt::endl;
}

} // namespace

int DemoCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("demo"), QStringLiteral("[--leads N] [--seed S] [--events N]"),
        QStringLiteral("Fills a new or empty Baton file with a realistic, deterministic data set: "
                       "a team,\ncampaigns, companies and contacts, engagement histories, and "
                       "leads in every stage\nover the 12 weeks before now. A file that already "
                       "has leads is refused."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;

    qint64 leads = defaultLeads;
    if (parser.isSet(leadsOption)) {
        auto parsed = ValueParser::count(parser.value(leadsOption), QStringLiteral("--leads"), 1, maxLeads);
        if (!parsed)
            return parser.usageError(context, parsed.error().message);
        leads = *parsed;
    }
    quint64 seed = 1;
    if (parser.isSet(seedOption)) {
        auto parsed = ValueParser::seed(parser.value(seedOption));
        if (!parsed)
            return parser.usageError(context, parsed.error().message);
        seed = *parsed;
    }

    int eventsPerLead = 13;
    if (parser.isSet(eventsOption)) {
        auto parsed = ValueParser::count(parser.value(eventsOption), QStringLiteral("--events"), 4, 40);
        if (!parsed)
            return parser.usageError(context, parsed.error().message);
        eventsPerLead = static_cast<int>(*parsed);
    }

    const QString path = QDir::toNativeSeparators(context.databasePath());
    auto opened = context.openFile(DatabaseOpener::Mode::CreateIfMissing);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;

    auto existing = LeadRepository(db).list(std::nullopt, std::nullopt, 1);
    if (!existing)
        return context.actionFailed(existing.error());
    if (!existing->empty()) {
        return context.fail(
            ExitCode::Failed,
            QStringLiteral("%1 already has leads; demo data only goes into a new or empty file, "
                           "so nothing was changed. Give a new file name, e.g. --db demo.baton.")
                .arg(path));
    }

    DemoOptions options;
    options.leads = leads;
    options.seed = seed;
    options.eventsPerLead = eventsPerLead;
    options.now = context.clock().now();
    if (context.interactive()) {
        options.progress = [&context](qint64 done, qint64 total) {
            context.err() << "\rGenerating demo data: " << (total > 0 ? done * 100 / total : 0) << "% ("
                          << TextFormat::number(done) << " of " << TextFormat::number(total) << " leads)";
            context.err().flush();
            return true;
        };
    }

    QElapsedTimer timer;
    timer.start();
    auto summary = DemoGenerator::generate(db, options);
    const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (context.interactive())
        context.err() << '\n';
    if (!summary)
        return context.actionFailed(summary.error());

    writeSummary(context.out(), path, *summary, summary->seconds > 0 ? summary->seconds : elapsed, seed,
                 options.now);
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
