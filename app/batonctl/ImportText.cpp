#include "ImportText.h"

#include "CommandContext.h"
#include "ExitCode.h"
#include "TextFormat.h"
#include "TextTable.h"
#include "domain/EventType.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace baton::cli {
namespace {

QString plural(qint64 count, const char *one, const char *many)
{
    return TextFormat::number(count) + QLatin1Char(' ') + QLatin1String(count == 1 ? one : many);
}

void writePreview(QTextStream &out, ImportText::Kind kind, const ImportResult &result)
{
    if (result.preview.empty())
        return;
    out << "\nThe first " << plural(static_cast<qint64>(result.preview.size()), "row", "rows")
        << " as Baton reads " << (result.preview.size() == 1 ? "it" : "them") << ":\n";
    if (kind == ImportText::Kind::Leads) {
        TextTable table({{QStringLiteral("Row"), TextTable::Align::Right},
                         {QStringLiteral("Name")},
                         {QStringLiteral("E-mail")},
                         {QStringLiteral("Title")},
                         {QStringLiteral("Seniority")},
                         {QStringLiteral("Company")},
                         {QStringLiteral("Industry")},
                         {QStringLiteral("Employees"), TextTable::Align::Right},
                         {QStringLiteral("Country")},
                         {QStringLiteral("Region")},
                         {QStringLiteral("Campaign")},
                         {QStringLiteral("Created")}});
        for (const PreviewRow &row : result.preview) {
            const Lead &lead = row.lead;
            table.addRow({QString::number(row.row), lead.person.name, lead.person.email, lead.person.title,
                          lead.person.seniority, lead.company.name, lead.company.industry,
                          lead.company.employees > 0 ? TextFormat::number(lead.company.employees) : QString(),
                          lead.company.country, lead.company.region, row.campaign,
                          TextFormat::isoTime(lead.createdAt)});
        }
        table.write(out);
        return;
    }
    TextTable table({{QStringLiteral("Row"), TextTable::Align::Right},
                     {QStringLiteral("E-mail")},
                     {QStringLiteral("Lead"), TextTable::Align::Right},
                     {QStringLiteral("Type")},
                     {QStringLiteral("Time")},
                     {QStringLiteral("Detail")},
                     {QStringLiteral("Campaign")}});
    for (const PreviewRow &row : result.preview) {
        table.addRow({QString::number(row.row), row.email,
                      row.event.leadId > 0 ? QString::number(row.event.leadId) : QStringLiteral("none"),
                      eventTypeName(row.event.type), TextFormat::isoTime(row.event.occurredAt),
                      row.event.detail, row.campaign});
    }
    table.write(out);
}

} // namespace

TaskControl ImportText::progress(CommandContext &context, const QString &file)
{
    TaskControl control;
    if (context.interactive()) {
        control.onProgress = [&context, file](qint64 done, qint64 total) {
            context.err() << "\rImporting " << file << ": " << (total > 0 ? done * 100 / total : 0) << '%';
            context.err().flush();
        };
    }
    return control;
}

void ImportText::write(QTextStream &out, Kind kind, const QString &file, const ImportResult &result)
{
    const bool leads = kind == Kind::Leads;
    out << (result.dryRun ? "Dry run of " : "Imported ") << file << ": " << plural(result.rows, "row", "rows")
        << "; " << TextFormat::number(result.added) << (leads ? " added" : " events stored");
    if (leads) {
        out << ", " << TextFormat::number(result.updated) << " updated, "
            << TextFormat::number(result.skipped) << " skipped as duplicates";
    }
    out << ", " << TextFormat::number(result.refused()) << " refused; "
        << TextFormat::number(result.handedOver) << " handed over to sales, "
        << TextFormat::number(result.routed) << " routed to an owner." << Qt::endl;
    if (const QString note = result.encodingNote(); !note.isEmpty())
        out << note << Qt::endl;
    if (result.dryRun)
        out << "Nothing was written: run it again without --dry-run to import." << Qt::endl;
    if (result.dryRun)
        writePreview(out, kind, result);
    if (!result.refusals.empty()) {
        out << "\nRefused rows (the rest " << (result.dryRun ? "would import" : "was imported") << "):\n";
        for (const ImportRefusal &refusal : result.refusals) {
            out << "  row " << refusal.row;
            if (!refusal.column.isEmpty())
                out << ", " << refusal.column;
            if (!refusal.value.isEmpty())
                out << " \"" << refusal.value << '"';
            out << ": " << refusal.why << '\n';
        }
        out.flush();
    }
}

QJsonObject ImportText::toJson(Kind kind, const QString &file, const ImportResult &result)
{
    QJsonArray refusals;
    for (const ImportRefusal &refusal : result.refusals) {
        refusals.append(QJsonObject{{QStringLiteral("row"), refusal.row},
                                    {QStringLiteral("column"), refusal.column},
                                    {QStringLiteral("value"), refusal.value},
                                    {QStringLiteral("why"), refusal.why}});
    }
    QJsonArray preview;
    for (const PreviewRow &row : result.preview) {
        if (kind == Kind::Leads) {
            const Lead &lead = row.lead;
            preview.append(QJsonObject{{QStringLiteral("row"), row.row},
                                       {QStringLiteral("name"), lead.person.name},
                                       {QStringLiteral("email"), lead.person.email},
                                       {QStringLiteral("phone"), lead.person.phone},
                                       {QStringLiteral("title"), lead.person.title},
                                       {QStringLiteral("seniority"), lead.person.seniority},
                                       {QStringLiteral("company"), lead.company.name},
                                       {QStringLiteral("domain"), lead.company.domain},
                                       {QStringLiteral("industry"), lead.company.industry},
                                       {QStringLiteral("employees"), lead.company.employees},
                                       {QStringLiteral("annualRevenue"), lead.company.annualRevenue},
                                       {QStringLiteral("country"), lead.company.country},
                                       {QStringLiteral("region"), lead.company.region},
                                       {QStringLiteral("campaign"), row.campaign},
                                       {QStringLiteral("createdAt"), TextFormat::isoTime(lead.createdAt)}});
        } else {
            QJsonObject event{{QStringLiteral("row"), row.row},
                              {QStringLiteral("email"), row.email},
                              {QStringLiteral("type"), eventTypeName(row.event.type)},
                              {QStringLiteral("time"), TextFormat::isoTime(row.event.occurredAt)},
                              {QStringLiteral("detail"), row.event.detail},
                              {QStringLiteral("campaign"), row.campaign}};
            if (row.event.leadId > 0)
                event.insert(QStringLiteral("leadId"), row.event.leadId);
            preview.append(event);
        }
    }
    QJsonObject object{{QStringLiteral("file"), file},
                       {QStringLiteral("dryRun"), result.dryRun},
                       {QStringLiteral("encoding"), result.encoding},
                       {QStringLiteral("rows"), result.rows},
                       {QStringLiteral("added"), result.added},
                       {QStringLiteral("refused"), result.refused()},
                       {QStringLiteral("handedOver"), result.handedOver},
                       {QStringLiteral("routed"), result.routed},
                       {QStringLiteral("refusals"), refusals},
                       {QStringLiteral("preview"), preview}};
    if (kind == Kind::Leads) {
        object.insert(QStringLiteral("updated"), result.updated);
        object.insert(QStringLiteral("skipped"), result.skipped);
    }
    return object;
}

int ImportText::finish(CommandContext &context, Kind kind, const QString &file,
                       const Result<ImportResult> &result, bool json)
{
    if (context.interactive())
        context.err() << '\n';
    if (!result)
        return context.actionFailed(result.error());
    if (json)
        context.out() << QJsonDocument(toJson(kind, file, *result)).toJson(QJsonDocument::Compact)
                      << Qt::endl;
    else
        write(context.out(), kind, file, *result);
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
