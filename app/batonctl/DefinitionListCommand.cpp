#include "DefinitionListCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "DefinitionText.h"
#include "TextFormat.h"
#include "TextTable.h"
#include "services/AgreementService.h"
#include "storage/Database.h"

namespace baton::cli {

int DefinitionListCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("definition list"), QString(),
                         QStringLiteral("Lists every version of the lead definition, oldest first: each "
                                        "team's drafts,\nthe proposals, which one is effective, and the "
                                        "time each agreement took."));
    parser.addExample(QStringLiteral("--db team.baton definition list"), QStringLiteral("The history."));
    if (auto stop = parser.parse(context, args))
        return *stop;

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    auto versions = AgreementService(**opened, context.clock()).list();
    if (!versions)
        return context.actionFailed(versions.error());
    if (versions->empty()) {
        context.out() << "No versions yet: Baton applies its built-in defaults (version 0). Start with "
                         "`batonctl --db FILE definition import FILE --team marketing --as USER`."
                      << Qt::endl;
        return toInt(ExitCode::Ok);
    }
    TextTable table({{QStringLiteral("version"), TextTable::Align::Right, 10},
                     {QStringLiteral("state"), TextTable::Align::Left, 60},
                     {QStringLiteral("created"), TextTable::Align::Left, 20},
                     {QStringLiteral("signatures"), TextTable::Align::Right, 10},
                     {QStringLiteral("time to agreement"), TextTable::Align::Left, 24}});
    for (const DefinitionVersion &version : *versions) {
        const auto seconds = version.timeToAgreementSeconds();
        table.addRow({QString::number(version.number), DefinitionText::state(version),
                      version.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                      QString::number(version.signatures.size()),
                      seconds ? TextFormat::duration(*seconds) : QStringLiteral("-")});
    }
    table.write(context.out());
    context.out().flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
