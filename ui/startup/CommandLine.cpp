#include "startup/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace baton {

bool CommandLine::asksForHelpOrVersion(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--help-all" || argument == "--version" ||
            argument == "-v")
            return true;
    }
    return false;
}

QString CommandLine::versionText()
{
    return QStringLiteral("baton %1").arg(QStringLiteral(BATON_VERSION));
}

LaunchOptions CommandLine::parse(const QCoreApplication &app)
{
    Q_UNUSED(app) // the arguments are static, but only once the application exists
    return parse(QCoreApplication::arguments());
}

LaunchOptions CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Baton: the desktop cockpit for the lead handoff "
                                                   "from marketing to sales."));
    parser.addHelpOption();
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("CommandLine", "Show the version."));

    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("CommandLine",
                                                            "Open the Baton file <file>. Without it, Baton "
                                                            "opens its demo file, creating it on first run."),
                                QStringLiteral("file"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("CommandLine",
                                                              "Work as the user with this login (or id), "
                                                              "without asking."),
                                  QStringLiteral("login"));
    const QCommandLineOption measure(
        QStringLiteral("measure"),
        QCoreApplication::translate("CommandLine",
                                    "For benchmarks: print the time until the queue is ready "
                                    "(interactive_ms) and the memory after scrolling to its end "
                                    "(rss_mb_after_scroll), then quit."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("CommandLine",
                                                              "Save the window with the first lead "
                                                              "selected as an image, then quit."),
                                  QStringLiteral("png"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption demoLeads(QStringLiteral("demo-leads"),
                                 QCoreApplication::translate("CommandLine",
                                                             "Leads in a newly created demo file; with --db, "
                                                             "create the file when it does not exist."),
                                 QStringLiteral("count"));
    demoLeads.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({version, db, user, measure, screenshot, demoLeads});
    parser.process(arguments);
    if (parser.isSet(version)) {
        std::fprintf(stdout, "%s\n", qPrintable(versionText()));
        std::fflush(stdout);
        std::exit(0);
    }

    LaunchOptions options;
    options.databasePath = parser.value(db);
    options.userLogin = parser.value(user);
    options.measure = parser.isSet(measure);
    options.screenshotPath = parser.value(screenshot);
    if (parser.isSet(demoLeads)) {
        bool ok = false;
        options.demoLeads = parser.value(demoLeads).toLongLong(&ok);
        if (!ok || options.demoLeads <= 0) {
            std::fprintf(stderr, "baton: --demo-leads needs a positive number\n");
            std::exit(2);
        }
        options.demoLeadsGiven = true;
    }
    return options;
}

} // namespace baton
