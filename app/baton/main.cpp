#include "AppResources.h"
#include "startup/Launcher.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>

int main(int argc, char **argv) {
    QElapsedTimer sinceMain; // first thing: --measure counts from here (or from /proc)
    sinceMain.start();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Baton"));
    QApplication::setApplicationName(QStringLiteral("Baton"));
    QApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("baton"));
    QApplication::setWindowIcon(QIcon(baton::AppResources::iconPng()));

    baton::Launcher launcher(sinceMain);
    return launcher.run(app);
}
