#include "storage/FileCheck.h"

#include "storage/Database.h"
#include "storage/Schema.h"

namespace baton {

Result<FileCheckReport> FileCheck::run(Database &db)
{
    FileCheckReport report;
    report.supportedVersion = Schema::currentVersion();
    auto version = db.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    report.schemaVersion = static_cast<int>(*version);

    auto integrity = db.prepare("PRAGMA integrity_check");
    if (!integrity)
        return integrity.error();
    QStringList problems;
    for (;;) {
        auto row = integrity->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        problems << integrity->text(0);
    }
    report.integrityOk = problems == QStringList{QStringLiteral("ok")};
    report.integrityMessage = problems.join(QLatin1Char('\n'));

    auto foreignKeys = db.prepare("PRAGMA foreign_key_check");
    if (!foreignKeys)
        return foreignKeys.error();
    auto violation = foreignKeys->step();
    if (!violation)
        return violation.error();
    report.foreignKeysOk = !*violation;

    auto journal = db.prepare("PRAGMA journal_mode");
    if (!journal)
        return journal.error();
    auto journalRow = journal->step();
    if (!journalRow)
        return journalRow.error();
    report.journalMode = *journalRow ? journal->text(0) : QString();

    auto count = [&db](std::string_view sql) {
        return db.queryInt(sql);
    };
    auto leads = count("SELECT count(*) FROM leads");
    auto events = count("SELECT count(*) FROM events");
    auto users = count("SELECT count(*) FROM users");
    if (!leads)
        return leads.error();
    if (!events)
        return events.error();
    if (!users)
        return users.error();
    report.leads = *leads;
    report.events = *events;
    report.users = *users;
    return report;
}

} // namespace baton
