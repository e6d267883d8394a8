#include "CommandLine.h"
#include "ReviewExportCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef BATON_CLI_WITH_UI
#include <QApplication>
#endif

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

/// A QCoreApplication, or a QApplication for the commands that draw (the review's PDF); without
/// a display, and unless QT_QPA_PLATFORM says otherwise, that one draws offscreen.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
#ifdef BATON_CLI_WITH_UI
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (baton::cli::ReviewExportCommand::needsWidgets(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("batonctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    baton::cli::RunOptions options;
    options.interactive = isatty(fileno(stderr)) != 0;
    return baton::cli::run(QCoreApplication::arguments(), out, err, options);
}
