#include "LeadReasonsCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "TextTable.h"
#include "ValueParser.h"
#include "domain/Lifecycle.h"
#include "storage/Database.h"
#include "storage/ReasonRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace baton::cli {
namespace {

const QString stageOption = QStringLiteral("stage");
const QString jsonOption = QStringLiteral("json");

} // namespace

int LeadReasonsCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("lead reasons"), QStringLiteral("[--stage STAGE] [--json]"),
        QStringLiteral("Lists the reason taxonomy of the file: the codes `lead reject`, `lead "
                       "disqualify`\nand `lead recycle` accept, and which of them need a note."));
    parser.addOption(QCommandLineOption(
        stageOption, QStringLiteral("Only the reasons for rejected, disqualified or recycled."),
        QStringLiteral("STAGE")));
    parser.addOption(
        QCommandLineOption(jsonOption, QStringLiteral("Write a JSON array instead of a table.")));
    parser.addExample(QStringLiteral("--db team.baton lead reasons --stage rejected"),
                      QStringLiteral("The codes sales may reject an MQL with."));
    if (auto stop = parser.parse(context, args))
        return *stop;

    std::vector<Stage> stages{Stage::Rejected, Stage::Disqualified, Stage::Recycled};
    if (parser.isSet(stageOption)) {
        auto stage = ValueParser::stage(parser.value(stageOption));
        if (!stage)
            return parser.usageError(context, stage.error().message);
        if (!Lifecycle::requiresReason(*stage)) {
            return parser.usageError(context, QStringLiteral("Leads enter %1 without a reason; reasons exist "
                                                             "for rejected, disqualified and recycled.")
                                                  .arg(stageName(*stage)));
        }
        stages = {*stage};
    }

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    ReasonRepository repository(**opened);

    std::vector<Reason> reasons;
    for (Stage stage : stages) {
        auto forStage = repository.forStage(stage);
        if (!forStage)
            return context.actionFailed(forStage.error());
        reasons.insert(reasons.end(), forStage->begin(), forStage->end());
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Reason &reason : reasons) {
            array.append(QJsonObject{{QStringLiteral("stage"), stageName(reason.stage)},
                                     {QStringLiteral("code"), reason.code},
                                     {QStringLiteral("label"), reason.label},
                                     {QStringLiteral("noteRequired"), reason.noteRequired}});
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        TextTable table({{QStringLiteral("stage"), TextTable::Align::Left, 14},
                         {QStringLiteral("code"), TextTable::Align::Left, 32},
                         {QStringLiteral("label"), TextTable::Align::Left, 48},
                         {QStringLiteral("note"), TextTable::Align::Left, 8}});
        for (const Reason &reason : reasons) {
            table.addRow({stageName(reason.stage), reason.code, reason.label,
                          reason.noteRequired ? QStringLiteral("required") : QString()});
        }
        table.write(context.out());
    }
    context.out().flush();
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
