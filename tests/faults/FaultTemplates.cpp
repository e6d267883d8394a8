#include "FaultTemplates.h"

#include "common/FixedClock.h"
#include "services/AgreementService.h"
#include "services/ReevaluationService.h"
#include "services/RoutingService.h"
#include "storage/Database.h"
#include "storage/DatabaseOpener.h"
#include "storage/LeadRepository.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"
#include "support/ScoringDefinition.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace baton::test {
namespace {

const QString hubspotHeader = QStringLiteral(
    "\"Record ID\",\"First Name\",\"Last Name\",\"Email\",\"Phone Number\",\"Company Name\",\"Job Title\","
    "\"Country/Region\",\"Industry\",\"Number of Employees\",\"Annual Revenue\",\"Lifecycle Stage\","
    "\"Original Source\",\"Create Date\"");

Result<std::unique_ptr<Database>> create(const QString &path)
{
    QFile::remove(path);
    return DatabaseOpener::open(path, DatabaseOpener::Mode::CreateIfMissing);
}

/// Both teams' drafts, the proposal and both signatures.
Result<void> makeEffective(Database &db, const Clock &clock, const Team &team, int minEngagement)
{
    AgreementService agreement(db, clock);
    const Definition definition = scoringDefinition(minEngagement);
    auto marketing = agreement.importDraft(DefinitionTeam::Marketing, definition, team.marketingManager);
    if (!marketing)
        return marketing.error();
    auto sales = agreement.importDraft(DefinitionTeam::Sales, definition, team.salesManager);
    if (!sales)
        return sales.error();
    auto proposal = agreement.propose(marketing->number, sales->number, std::nullopt, team.salesManager);
    if (!proposal)
        return proposal.error();
    BATON_TRY(agreement.sign(proposal->number, team.marketingManager));
    BATON_TRY(agreement.sign(proposal->number, team.salesManager));
    return {};
}

Result<void> saveRouting(Database &db, const Clock &clock, const Team &team)
{
    RoutingConfig config;
    config.pools = {RoutingPool{QStringLiteral("Sales"),
                                {PoolMember{QStringLiteral("sam.sdr"), 2, {}, {}},
                                 PoolMember{QStringLiteral("olive.sdr"), 1, {}, {}}}}};
    config.fallbackPool = QStringLiteral("Sales");
    auto saved = RoutingService(db, clock).save(config, 0, team.salesManager);
    if (!saved)
        return saved.error();
    return {};
}

/// Software leads with two page views an hour or two ago: engagement 20, under a bar of 30.
Result<void> addWarmLeads(Database &db, const Clock &clock, int count)
{
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    LeadRepository leads(db);
    for (int index = 0; index < count; ++index) {
        Lead lead;
        lead.person.name = QStringLiteral("Warm Lead %1").arg(index);
        lead.person.email = QStringLiteral("warm%1@software%2.test").arg(index).arg(index % 97);
        lead.person.title = QStringLiteral("VP Sales");
        lead.company.name = QStringLiteral("Software %1").arg(index % 97);
        lead.company.industry = QStringLiteral("Software");
        lead.company.employees = 300;
        lead.createdAt = clock.now().addDays(-30);
        auto id = leads.insert(lead);
        if (!id)
            return id.error();
        for (int hoursAgo : {2, 1}) {
            EngagementEvent view;
            view.leadId = *id;
            view.type = EventType::PageView;
            view.occurredAt = clock.now().addSecs(-3600 * hoursAgo);
            view.detail = QStringLiteral("/pricing");
            auto event = leads.insertEvent(view);
            if (!event)
                return event.error();
        }
    }
    return transaction->commit();
}

/// A template file being built: its connection and its team.
struct TeamFile {
    std::unique_ptr<Database> db;
    Team team;
};

/// A new file `name` in `folder` with the small team and a definition both teams signed whose
/// engagement bar is `minEngagement`.
Result<TeamFile> teamFile(const QString &folder, const QString &name, const Clock &clock, int minEngagement)
{
    auto db = create(QDir(folder).filePath(name));
    if (!db)
        return db.error();
    TeamFile file{std::move(db).value(), {}};
    file.team = addTeam(*file.db);
    BATON_TRY(makeEffective(*file.db, clock, file.team, minEngagement));
    return file;
}

Result<void> buildImport(const QString &folder, const Clock &clock)
{
    auto file = teamFile(folder, QStringLiteral("import.baton"), clock, 30);
    if (!file)
        return file.error();
    BATON_TRY(saveRouting(*file->db, clock, file->team));

    QDir(folder).mkpath(QStringLiteral("csv"));
    for (int batch = 0; batch < FaultTemplates::importBatches; ++batch) {
        QFile csv(QDir(folder).filePath(QStringLiteral("csv/batch-%1.csv").arg(batch)));
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(ErrorKind::Io, csv.errorString());
        QTextStream out(&csv);
        out << hubspotHeader << "\r\n";
        for (int row = 0; row < FaultTemplates::importBatchSize; ++row) {
            // Every third row a demo request's kind of lead: a software VP, handed over and routed.
            const bool software = row % 3 == 0;
            out << (batch * 1000 + row) << ",\"Kim\",\"Row " << row << "\",\""
                << FaultTemplates::importEmail(batch, row) << "\",\"+1 555 0100\",\"Company " << row
                << ", Inc.\",\"" << (software ? "VP of Sales" : "Analyst") << "\",\"United States\",\""
                << (software ? "Software" : "Retail") << "\",\"1200\",\"50000000\",\"Lead\",\"Webinar\","
                << "\"2026-03-01 09:15\"\r\n";
        }
    }
    return {};
}

Result<void> buildRescore(const QString &folder, const Clock &clock)
{
    auto file = teamFile(folder, QStringLiteral("rescore.baton"), clock, 30);
    if (!file)
        return file.error();
    BATON_TRY(saveRouting(*file->db, clock, file->team));
    BATON_TRY(addWarmLeads(*file->db, clock, FaultTemplates::rescoreLeads));
    return makeEffective(*file->db, clock, file->team, 15);
}

Result<void> buildRoute(const QString &folder, const Clock &clock)
{
    auto file = teamFile(folder, QStringLiteral("route.baton"), clock, 15);
    if (!file)
        return file.error();
    BATON_TRY(addWarmLeads(*file->db, clock, FaultTemplates::routeBatches * FaultTemplates::routeBatchSize));
    // Handed over while routing has nobody to give them to: they wait.
    auto run = ReevaluationService(*file->db, clock).run(std::nullopt);
    if (!run)
        return run.error();
    if (run->handedOver != FaultTemplates::routeBatches * FaultTemplates::routeBatchSize)
        return makeError(ErrorKind::Storage,
                         QStringLiteral("only %1 leads were handed over").arg(run->handedOver));
    return saveRouting(*file->db, clock, file->team);
}

Result<void> buildMigrate(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("migrate.baton"));
    QFile::remove(path);
    auto db = Database::openRaw(path, Database::Access::ReadWrite, true);
    if (!db)
        return db.error();
    BATON_TRY(Schema::migrateTo(**db, 1));
    const QString leads = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO leads (id, name, email, industry, created_at, stage, stage_changed_at) "
        "SELECT i, 'Lead ' || i, 'lead' || i || '@old.test', 'Software', 1700000000 + i, 'nurture', "
        "1700000000 + i FROM n");
    const QString events =
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 - 1) "
                       "INSERT INTO events (lead_id, type, occurred_at, detail) "
                       "SELECT 1 + i / %2, CASE i % 3 WHEN 0 THEN 'page_view' WHEN 1 THEN 'email_click' ELSE "
                       "'download' END, "
                       "1700100000 + i, '/page/' || (i % 50) FROM n");
    BATON_TRY((*db)->exec("BEGIN"));
    BATON_TRY((*db)->exec(leads.arg(FaultTemplates::migrateLeads).toStdString()));
    BATON_TRY((*db)->exec(events.arg(FaultTemplates::migrateLeads * FaultTemplates::migrateEventsPerLead)
                              .arg(FaultTemplates::migrateEventsPerLead)
                              .toStdString()));
    return (*db)->exec("COMMIT");
}

} // namespace

Result<void> FaultTemplates::build(const QString &folder)
{
    const FixedClock clock(referenceTime());
    BATON_TRY(buildImport(folder, clock));
    BATON_TRY(buildRescore(folder, clock));
    BATON_TRY(buildRoute(folder, clock));
    return buildMigrate(folder);
}

QString FaultTemplates::importEmail(int batch, int row)
{
    return QStringLiteral("kill%1-%2@batch%1.test").arg(batch).arg(row);
}

} // namespace baton::test
