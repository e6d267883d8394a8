#include "AppResources.h"
#include "startup/CommandLine.h"
#include "startup/Launcher.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Baton"));
    QCoreApplication::setApplicationName(QStringLiteral("Baton"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain; // first thing: --measure counts from here
    sinceMain.start();

    // --help and --version answer without a display.
    if (baton::CommandLine::asksForHelpOrVersion(argc, argv)) {
        QCoreApplication core(argc, argv);
        describeApplication();
        baton::CommandLine::parse(core);
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("io.github.baton.Baton"));
    QApplication::setWindowIcon(QIcon(baton::AppResources::iconPng()));

    baton::Launcher launcher(sinceMain);
    return launcher.run(app);
}
