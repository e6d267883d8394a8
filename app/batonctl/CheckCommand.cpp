#include "CheckCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "TextFormat.h"
#include "common/Clock.h"
#include "domain/PresenceText.h"
#include "storage/Database.h"
#include "storage/FileCheck.h"
#include "storage/OpenStateText.h"
#include "storage/PresenceRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace baton::cli {
namespace {

const QString jsonOption = QStringLiteral("json");

QString accessText(const OpenState &state)
{
    return state.isReadOnlyFile() ? QStringLiteral("read-only: %1").arg(OpenStateText::readOnlyReason(state))
                                  : QStringLiteral("writable");
}

void writeText(QTextStream &out, const QString &path, const FileCheckReport &report, const OpenState &state,
               const std::vector<Presence> &openBy, bool ok)
{
    auto line = [&out](const QString &label, const QString &value) {
        out << label.leftJustified(14) << "  " << value << '\n';
    };
    line(QStringLiteral("File"), path);
    line(QStringLiteral("File format"), QStringLiteral("%1 (this batonctl writes %2)")
                                            .arg(report.schemaVersion)
                                            .arg(report.supportedVersion));
    line(QStringLiteral("Integrity"), report.integrityOk ? QStringLiteral("ok") : QStringLiteral("PROBLEMS"));
    if (!report.integrityOk) {
        for (const QString &problem : report.integrityMessage.split(QLatin1Char('\n')))
            out << "                " << problem << '\n';
    }
    line(QStringLiteral("Foreign keys"), report.foreignKeysOk
                                             ? QStringLiteral("ok")
                                             : QStringLiteral("PROBLEMS (rows point at missing rows)"));
    line(QStringLiteral("Journal mode"), report.journalMode);
    line(QStringLiteral("Storage"), OpenStateText::storage(state));
    line(QStringLiteral("Access"), accessText(state));
    line(QStringLiteral("Leads"), TextFormat::number(report.leads));
    line(QStringLiteral("Events"), TextFormat::number(report.events));
    line(QStringLiteral("Users"), TextFormat::number(report.users));
    line(QStringLiteral("Open in Baton"), openBy.empty() ? QStringLiteral("nobody") : presenceList(openBy));
    out << (ok ? "Result: ok" : "Result: NOT OK. Keep a copy of the file and restore it from a backup.")
        << '\n';
}

QJsonArray presenceJson(const std::vector<Presence> &openBy)
{
    QJsonArray people;
    for (const Presence &person : openBy) {
        people.append(QJsonObject{{QStringLiteral("name"), person.name},
                                  {QStringLiteral("role"), roleName(person.role)},
                                  {QStringLiteral("host"), person.host},
                                  {QStringLiteral("pid"), person.pid},
                                  {QStringLiteral("heartbeatAt"), person.heartbeatAt.toString(Qt::ISODate)}});
    }
    return people;
}

} // namespace

int CheckCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("check"), QStringLiteral("[--json]"),
        QStringLiteral("Checks a Baton file without writing to it: SQLite's integrity check, "
                       "foreign keys,\nthe file format version, and how much it holds. Exits "
                       "with 1 when a check fails."));
    parser.addOption(QCommandLineOption(jsonOption, QStringLiteral("Write the report as a JSON object.")));
    parser.addExample(QStringLiteral("--db team.baton check"), QStringLiteral("Check team.baton."));
    parser.addExample(QStringLiteral("--db team.baton check --json"),
                      QStringLiteral("The same, for a monitoring script."));
    if (auto stop = parser.parse(context, args))
        return *stop;

    auto opened = context.openFile(DatabaseOpener::Mode::ReadOnly);
    if (!opened)
        return context.fileRefused(opened.error());
    auto report = FileCheck::run(**opened);
    if (!report)
        return context.actionFailed(report.error());

    // Who has the file open in the desktop app; a file too damaged to say lists nobody.
    auto presence = PresenceRepository(**opened).all(context.clock().now());
    const std::vector<Presence> openBy = presence ? std::move(presence).value() : std::vector<Presence>();
    const bool ok =
        report->integrityOk && report->foreignKeysOk && report->schemaVersion == report->supportedVersion;
    if (parser.isSet(jsonOption)) {
        const OpenState &state = (*opened)->openState();
        const QJsonObject object{{QStringLiteral("file"), context.databasePath()},
                                 {QStringLiteral("ok"), ok},
                                 {QStringLiteral("schemaVersion"), report->schemaVersion},
                                 {QStringLiteral("supportedVersion"), report->supportedVersion},
                                 {QStringLiteral("integrityOk"), report->integrityOk},
                                 {QStringLiteral("integrity"), report->integrityMessage},
                                 {QStringLiteral("foreignKeysOk"), report->foreignKeysOk},
                                 {QStringLiteral("journalMode"), report->journalMode},
                                 {QStringLiteral("networkShare"), state.mount.isNetwork()},
                                 {QStringLiteral("fileSystem"), state.mount.typeName},
                                 {QStringLiteral("storage"), OpenStateText::storage(state)},
                                 {QStringLiteral("readOnly"), state.isReadOnlyFile()},
                                 {QStringLiteral("readOnlyReason"),
                                  state.isReadOnlyFile() ? OpenStateText::readOnlyReason(state) : QString()},
                                 {QStringLiteral("leads"), report->leads},
                                 {QStringLiteral("events"), report->events},
                                 {QStringLiteral("users"), report->users},
                                 {QStringLiteral("openBy"), presenceJson(openBy)}};
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        writeText(context.out(), QDir::toNativeSeparators(context.databasePath()), *report,
                  (*opened)->openState(), openBy, ok);
    }
    context.out().flush();
    return toInt(ok ? ExitCode::Ok : ExitCode::Failed);
}

} // namespace baton::cli
