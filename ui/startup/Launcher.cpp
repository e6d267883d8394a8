#include "startup/Launcher.h"

#include "common/SystemClock.h"
#include "mainwindow/MainWindow.h"
#include "session/Session.h"
#include "session/UserMemory.h"
#include "startup/CommandLine.h"
#include "startup/DemoFileBuilder.h"
#include "startup/StartupProbe.h"
#include "startup/UserSelection.h"
#include "startup/WindowScreenshot.h"
#include "storage/DatabaseOpener.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

#include <cstdio>
#include <optional>

namespace baton {

Launcher::Launcher(const QElapsedTimer &sinceMain)
    : m_sinceMain(sinceMain)
{}

QString Launcher::defaultFilePath()
{
    // ~/.local/share/baton/demo.baton on Linux.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("baton/demo.baton"));
}

int Launcher::run(QApplication &app)
{
    const LaunchOptions options = CommandLine::parse(app);
    const SystemClock clock;
    const bool useDemo = options.databasePath.isEmpty();
    const QString path = useDemo ? defaultFilePath() : options.databasePath;

    if (!QFileInfo::exists(path) && (useDemo || options.demoLeadsGiven)) {
        auto built = DemoFileBuilder::build(path, options.demoLeads, clock.now(), nullptr);
        if (!built) {
            fail(options, tr("Baton could not create the demo file"), built.error().message);
            return 1;
        }
        if (*built == DemoFileBuilder::Outcome::Cancelled)
            return 0;
    }

    auto opened = DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist);
    if (!opened) {
        fail(options, tr("Baton cannot open this file"), opened.error().message);
        return 1;
    }
    const std::unique_ptr<Database> database = std::move(opened).value();
    Session session(*database, clock);

    UserMemory memory;
    auto chosen = UserSelection::choose(*database, options, memory, nullptr);
    if (!chosen) {
        fail(options, tr("Baton cannot choose a user"), chosen.error().message);
        return 1;
    }
    if (!chosen->has_value())
        return 0; // the person closed the choice: nothing to do
    session.setUser(chosen->value());
    if (!options.unattended()) {
        memory.remember(path, chosen->value().id);
        QObject::connect(&session, &Session::userChanged, &session,
                         [&memory, path](const User &user) { memory.remember(path, user.id); });
    }

    MainWindow window(session);
    window.show();

    std::optional<StartupProbe> probe;
    std::optional<WindowScreenshot> screenshot;
    if (options.measure) {
        probe.emplace(m_sinceMain);
        probe->start(window);
    } else if (!options.screenshotPath.isEmpty()) {
        screenshot.emplace(session, options.screenshotPath);
        screenshot->start(window);
    }
    return app.exec();
}

void Launcher::fail(const LaunchOptions &options, const QString &title, const QString &message)
{
    std::fprintf(stderr, "baton: %s\n", qPrintable(message));
    if (!options.unattended())
        QMessageBox::critical(nullptr, title, message);
}

} // namespace baton
