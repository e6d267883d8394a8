#include "InitCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFileInfo>

namespace baton::cli {

int InitCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("init"), QString(),
        QStringLiteral("Creates a new, empty Baton file: the schema and the reason taxonomy, no "
                       "users or leads.\nAn existing Baton file is left as it is (and upgraded "
                       "to this version's file format\nwhen it is older); any other file is "
                       "refused and left unchanged."));
    parser.addExample(QStringLiteral("--db team.baton init"), QStringLiteral("Create team.baton."));
    if (auto stop = parser.parse(context, args))
        return *stop;

    const QFileInfo info(context.databasePath());
    const bool existed = info.exists() && info.size() > 0;
    const QString path = QDir::toNativeSeparators(context.databasePath());

    auto opened = context.openFile(DatabaseOpener::Mode::CreateIfMissing);
    if (!opened)
        return context.fileRefused(opened.error());

    if (existed) {
        context.out() << path << " is already a Baton file (file format " << Schema::currentVersion()
                      << "). Nothing to do." << Qt::endl;
    } else {
        context.out() << "Created " << path << ": an empty Baton file (file format "
                      << Schema::currentVersion() << ").\n"
                      << "Next: `batonctl --db " << path << " demo --leads 2000` fills it with demo data."
                      << Qt::endl;
    }
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
