#include "storage/Schema.h"

#include "storage/CheckListRewrite.h"
#include "storage/Database.h"
#include "storage/LeadEventStream.h"
#include "storage/MetricsRepository.h"
#include "storage/RoutingRepository.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace baton;

TEST(Schema, Migrate_EmptyFile_CreatesEveryTable)
{
    test::TestFile file;
    for (const char *table : {"meta", "users", "campaigns", "leads", "events", "activities", "stage_changes",
                              "opportunities", "reasons"}) {
        auto statement =
            file.db().prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
        ASSERT_TRUE(statement.ok());
        statement->bindText(1, table);
        ASSERT_TRUE(*statement->step());
        EXPECT_EQ(statement->int64(0), 1) << table;
    }
}

TEST(Schema, Migrate_Twice_IsANoOp)
{
    test::TestFile file;
    ASSERT_TRUE(Schema::migrate(file.db()).ok());
    EXPECT_EQ(*file.db().queryInt("PRAGMA user_version"), Schema::currentVersion());
    EXPECT_EQ(*file.db().queryInt("SELECT count(*) FROM reasons WHERE stage = 'rejected'"), 8);
}

TEST(Schema, Migrate_NewerFile_RefusedWithoutChange)
{
    test::TestFile file;
    ASSERT_TRUE(file.db().exec("PRAGMA user_version = 1000").ok());
    auto migrated = Schema::migrate(file.db());
    ASSERT_FALSE(migrated.ok());
    EXPECT_EQ(migrated.error().kind, ErrorKind::NewerSchema);
    EXPECT_EQ(*file.db().queryInt("PRAGMA user_version"), 1000);
}

TEST(Schema, QueueQuery_UsesThePartialQueueIndex)
{
    test::TestFile file;
    auto plan = file.db().prepare("EXPLAIN QUERY PLAN SELECT id FROM leads l WHERE l.stage IN ('mql', 'sal') "
                                  "AND l.owner_id = 1 ORDER BY l.queue_rank, l.id LIMIT 50");
    ASSERT_TRUE(plan.ok());
    QString details;
    while (*plan->step())
        details += plan->text(3) + QLatin1Char('\n');
    EXPECT_TRUE(details.contains(QStringLiteral("leads_queue_urgency"))) << details.toStdString();
    EXPECT_FALSE(details.contains(QStringLiteral("TEMP B-TREE"))) << details.toStdString();
}

TEST(Schema, TeamQueueQuery_WithoutStatistics_WalksTheOpenLeadsIndexInOrder)
{
    test::TestFile file;
    auto plan = file.db().prepare("EXPLAIN QUERY PLAN SELECT l.id FROM leads l LEFT JOIN campaigns c "
                                  "ON c.id = l.campaign_id WHERE l.stage IN ('mql', 'sal') "
                                  "ORDER BY l.queue_rank, l.id LIMIT 128");
    ASSERT_TRUE(plan.ok());
    QString details;
    while (*plan->step())
        details += plan->text(3) + QLatin1Char('\n');
    EXPECT_TRUE(details.contains(QStringLiteral("leads_open_urgency"))) << details.toStdString();
    EXPECT_FALSE(details.contains(QStringLiteral("TEMP B-TREE"))) << details.toStdString();
}

TEST(Schema, OpportunitiesQuery_WalksTheOpportunitiesIndexesInOrder)
{
    test::TestFile file;
    for (const char *owner : {"AND l.owner_id = 1 ", ""}) {
        auto plan = file.db().prepare(
            std::string("EXPLAIN QUERY PLAN SELECT l.id, o.result FROM leads l LEFT JOIN opportunities o "
                        "ON o.lead_id = l.id WHERE l.stage = 'sql' ") +
            owner + "ORDER BY l.queue_rank, l.id LIMIT 128");
        ASSERT_TRUE(plan.ok());
        QString details;
        while (*plan->step())
            details += plan->text(3) + QLatin1Char('\n');
        EXPECT_TRUE(details.contains(QStringLiteral("leads_opportunities")) ||
                    details.contains(QStringLiteral("leads_all_opportunities")))
            << details.toStdString();
        EXPECT_FALSE(details.contains(QStringLiteral("TEMP B-TREE"))) << details.toStdString();
    }
}

TEST(Schema, ReviewHandoffQuery_ReadsTheFeedbackIndexAlone)
{
    test::TestFile file;
    auto plan = file.db().prepare("EXPLAIN QUERY PLAN " + MetricsRepository::handoffsSql(false));
    ASSERT_TRUE(plan.ok());
    QString details;
    while (*plan->step())
        details += plan->text(3) + QLatin1Char('\n');
    EXPECT_TRUE(details.contains(QStringLiteral("COVERING INDEX handoffs_feedback")))
        << details.toStdString();
}

TEST(Schema, StageHistory_IsAppendOnly)
{
    test::TestFile file;
    const auto team = test::addTeam(file.db());
    test::addLead(file.db(), test::LeadSpec{.stage = Stage::Sal, .ownerId = team.sdr});
    EXPECT_FALSE(file.db().exec("UPDATE stage_changes SET to_stage = 'sql'").ok());
    EXPECT_FALSE(file.db().exec("DELETE FROM stage_changes").ok());
    EXPECT_EQ(*file.db().queryInt("SELECT count(*) FROM stage_changes"), 3);
}

TEST(Schema, ForeignKeys_EventForMissingLead_Refused)
{
    test::TestFile file;
    auto inserted =
        file.db().exec("INSERT INTO events (lead_id, type, occurred_at) VALUES (424242, 'page_view', 0)");
    EXPECT_FALSE(inserted.ok());
}

TEST(Schema, DefinitionVersions_SecondEffectiveVersion_Refused)
{
    test::TestFile file;
    const auto team = test::addTeam(file.db());
    const auto insert = QStringLiteral("INSERT INTO definition_versions (number, kind, team, status, body, "
                                       "created_at, created_by) VALUES (%1, 'proposal', NULL, 'effective', "
                                       "'{}', 0, %2)");
    ASSERT_TRUE(file.db().exec(insert.arg(1).arg(team.admin).toStdString()).ok());
    EXPECT_FALSE(file.db().exec(insert.arg(2).arg(team.admin).toStdString()).ok());
}

TEST(Schema, PassEventsQuery_ReadsTheEventsLeadIndexAloneInOrder)
{
    test::TestFile file;
    for (bool ids : {true, false}) {
        for (auto kind : {LeadSelection::Kind::MarketingHolds, LeadSelection::Kind::ActiveInWindow}) {
            LeadSelection selection;
            selection.kind = kind;
            selection.eventIds = ids;
            auto plan = file.db().prepare("EXPLAIN QUERY PLAN " + LeadEventStream::eventsSql(selection));
            ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
            QString details;
            while (*plan->step())
                details += plan->text(3) + QLatin1Char('\n');
            EXPECT_TRUE(details.contains(QStringLiteral("COVERING INDEX events_lead")))
                << details.toStdString();
            EXPECT_FALSE(details.contains(QStringLiteral("TEMP B-TREE"))) << details.toStdString();
        }
    }
}

TEST(Schema, EventDetails_WriterThatGivesNoDetailId_GetsItFromTheTriggers)
{
    test::TestFile file;
    test::addLead(file.db(), {.name = QStringLiteral("Ann")});
    ASSERT_TRUE(file.db()
                    .exec("INSERT INTO events (lead_id, type, occurred_at, detail) VALUES "
                          "(1, 'page_view', 10, '/pricing'), (1, 'page_view', 20, '/pricing'), "
                          "(1, 'page_view', 30, '/docs'), (1, 'email_open', 40, NULL)")
                    .ok());
    EXPECT_EQ(*file.db().queryInt("SELECT count(*) FROM event_details"), 2);
    EXPECT_EQ(*file.db().queryInt("SELECT count(*) FROM events e JOIN event_details d ON d.id = e.detail_id "
                                  "WHERE d.text = e.detail"),
              3);
    EXPECT_EQ(*file.db().queryInt("SELECT detail_id IS NULL FROM events WHERE type = 'email_open'"), 1);

    ASSERT_TRUE(
        file.db().exec("UPDATE events SET detail = '/pricing/enterprise' WHERE occurred_at = 30").ok());
    EXPECT_EQ(*file.db().queryInt(
                  "SELECT count(*) FROM events e JOIN event_details d ON d.id = e.detail_id "
                  "WHERE d.text = e.detail AND e.occurred_at = 30 AND d.text = '/pricing/enterprise'"),
              1);
    ASSERT_TRUE(file.db().exec("UPDATE events SET detail = NULL WHERE occurred_at = 30").ok());
    EXPECT_EQ(*file.db().queryInt("SELECT detail_id IS NULL FROM events WHERE occurred_at = 30"), 1);
}

TEST(Schema, MigrateFromVersion3_EveryEventDetailNamedOnceByItsId)
{
    QTemporaryDir dir;
    auto raw = Database::openRaw(dir.filePath(QStringLiteral("v3.baton")), Database::Access::ReadWrite, true);
    ASSERT_TRUE(raw.ok());
    Database &db = **raw;
    ASSERT_TRUE(Schema::migrateTo(db, 3).ok());
    ASSERT_TRUE(db.exec("INSERT INTO leads (id, name, email, created_at, stage, stage_changed_at) "
                        "VALUES (1, 'Ann', 'ann@x.test', 0, 'nurture', 0);"
                        "INSERT INTO events (lead_id, type, occurred_at, detail) VALUES "
                        "(1, 'page_view', 10, '/pricing'), (1, 'webinar_question', 20, 'Does it scale?'), "
                        "(1, 'page_view', 30, '/pricing'), (1, 'email_open', 40, NULL)")
                    .ok());
    ASSERT_TRUE(Schema::migrate(db).ok());
    EXPECT_EQ(*db.queryInt("PRAGMA user_version"), Schema::currentVersion());
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM event_details"), 2);
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM events e JOIN event_details d ON d.id = e.detail_id "
                           "WHERE d.text = e.detail"),
              3);
    EXPECT_EQ(*db.queryInt("SELECT count(DISTINCT detail_id) FROM events WHERE detail = '/pricing'"), 1);
}

TEST(Schema, MigrateFromVersion5_EachHandoffGetsWhatSalesMadeOfItAndEachRejectionItsReview)
{
    QTemporaryDir dir;
    auto raw = Database::openRaw(dir.filePath(QStringLiteral("v5.baton")), Database::Access::ReadWrite, true);
    ASSERT_TRUE(raw.ok());
    Database &db = **raw;
    ASSERT_TRUE(Schema::migrateTo(db, 5).ok());
    // Lead 1: handed over at 100, accepted at 200, converted at 300. Lead 2: handed over at 100,
    // rejected at 150 (no contact), recycled at 400, handed over again at 500 and still open.
    // Lead 3: handed over, accepted at 120 with its clock never stopped: a move without contact.
    ASSERT_TRUE(
        db.exec(
              "INSERT INTO campaigns (id, name, kind) VALUES (7, 'Webinar', 'webinar');"
              "INSERT INTO users (id, login, name, role) VALUES (1, 'sam', 'Sam', 'sdr');"
              "INSERT INTO leads (id, name, email, created_at, stage, stage_changed_at, campaign_id) VALUES "
              "(1, 'Ann', 'ann@x.test', 0, 'sql', 300, 7), (2, 'Bob', 'bob@x.test', 0, 'mql', 500, NULL), "
              "(3, 'Cy', 'cy@x.test', 0, 'sal', 120, 7);"
              "INSERT INTO handoffs (id, lead_id, handed_over_at, definition_number, trigger, fit_score, "
              "engagement_score, completeness) VALUES (1, 1, 100, 0, 'manual', 40, 30, 100), "
              "(2, 2, 100, 0, 'manual', 20, 30, 100), (3, 2, 500, 0, 'manual', 20, 35, 100), "
              "(4, 3, 100, 0, 'manual', 10, 10, 100);"
              "INSERT INTO stage_changes (lead_id, from_stage, to_stage, changed_at, user_id, reason_code) "
              "VALUES "
              "(1, 'nurture', 'mql', 100, NULL, NULL), (1, 'mql', 'sal', 200, 1, NULL), "
              "(1, 'sal', 'sql', 300, 1, NULL), (2, 'nurture', 'mql', 100, NULL, NULL), "
              "(2, 'mql', 'rejected', 150, 1, 'no_authority'), (2, 'rejected', 'recycled', 400, 1, "
              "'bad_timing'), "
              "(2, 'recycled', 'mql', 500, NULL, NULL), (3, 'nurture', 'mql', 100, NULL, NULL), "
              "(3, 'mql', 'sal', 120, 1, NULL);"
              "INSERT INTO sla_clocks (handoff_id, lead_id, tier, window_minutes, started_at) VALUES "
              "(4, 3, 'warm', 60, 100)")
            .ok());
    auto migrated = Schema::migrate(db);
    ASSERT_TRUE(migrated.ok()) << migrated.error().message.toStdString();
    const auto value = [&](const std::string &sql) {
        return *db.queryInt(sql);
    };
    EXPECT_EQ(value("SELECT accepted_at FROM handoffs WHERE id = 1"), 200);
    EXPECT_EQ(value("SELECT outcome = 'converted' AND outcome_at = 300 FROM handoffs WHERE id = 1"), 1);
    EXPECT_EQ(value("SELECT campaign_id FROM handoffs WHERE id = 1"), 7);
    EXPECT_EQ(value("SELECT outcome = 'rejected' AND outcome_reason = 'no_authority' AND accepted_at IS NULL "
                    "FROM handoffs WHERE id = 2"),
              1);
    EXPECT_EQ(value("SELECT outcome IS NULL FROM handoffs WHERE id = 3"), 1);
    EXPECT_EQ(value("SELECT count(*) FROM rejection_reviews"), 1);
    EXPECT_EQ(value("SELECT handoff_id = 2 AND total_score = 50 AND status = 'open' AND rejected_by = 1 "
                    "FROM rejection_reviews"),
              1);
    EXPECT_EQ(value("SELECT sum(without_contact) FROM stage_changes"), 1);
    EXPECT_EQ(value("SELECT without_contact FROM stage_changes WHERE lead_id = 3 AND to_stage = 'sal'"), 1);
    EXPECT_EQ(value("SELECT moved_without_contact FROM leads WHERE id = 3"), 1);
    // What a handoff was stays append-only; only its outcome may be written.
    EXPECT_FALSE(db.exec("UPDATE handoffs SET fit_score = 0 WHERE id = 1").ok());
    EXPECT_TRUE(db.exec("UPDATE handoffs SET outcome = 'accepted' WHERE id = 3").ok());
    EXPECT_FALSE(db.exec("UPDATE stage_changes SET note = 'x' WHERE id = 1").ok());
}

TEST(Schema, MigrateFromVersion7_KeepsTheDataAndAddsTheMeetingsDecisionsAndActionItems)
{
    QTemporaryDir dir;
    auto raw = Database::openRaw(dir.filePath(QStringLiteral("v7.baton")), Database::Access::ReadWrite, true);
    ASSERT_TRUE(raw.ok());
    Database &db = **raw;
    ASSERT_TRUE(Schema::migrateTo(db, 7).ok());
    ASSERT_TRUE(db.exec("INSERT INTO users (id, login, name, role) VALUES (1, 'mark', 'Mark', "
                        "'marketing_manager')")
                    .ok());
    auto migrated = Schema::migrate(db);
    ASSERT_TRUE(migrated.ok()) << migrated.error().message.toStdString();
    EXPECT_EQ(*db.queryInt("PRAGMA user_version"), Schema::currentVersion());
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM users"), 1);
    ASSERT_TRUE(
        db.exec("INSERT INTO review_decisions (id, week_start, metric, text, decided_at, decided_by) "
                "VALUES (1, '2026-03-02', 'acceptance_rate', 'Raise the fit bar', 100, 1);"
                "INSERT INTO action_items (week_start, decision_id, title, owner_id, due_on, "
                "created_at, created_by) VALUES ('2026-03-02', 1, 'Draft it', 1, '2026-03-09', 100, 1)")
            .ok());
    EXPECT_EQ(*db.queryInt("SELECT status = 'open' AND version = 1 FROM action_items"), 1);
    EXPECT_FALSE(db.exec("UPDATE action_items SET status = 'finished'").ok());
    EXPECT_FALSE(db.exec("INSERT INTO review_decisions (week_start, text, decided_at, decided_by) "
                         "VALUES ('2026-03-02', '  ', 100, 1)")
                     .ok());
}

TEST(Schema, MigrateFromVersion12_CompanyOwnerFoundThroughItsLeadsInHandoffOrder)
{
    QTemporaryDir dir;
    auto raw =
        Database::openRaw(dir.filePath(QStringLiteral("v12.baton")), Database::Access::ReadWrite, true);
    ASSERT_TRUE(raw.ok());
    Database &db = **raw;
    ASSERT_TRUE(Schema::migrateTo(db, 12).ok());
    ASSERT_TRUE(db.exec("INSERT INTO users (id, login, name, role) VALUES (1, 'ann', 'Ann', 'sdr'), "
                        "(2, 'bob', 'Bob', 'sdr');"
                        "INSERT INTO leads (id, name, email, company_domain, created_at, stage, owner_id, "
                        "handoff_at, stage_changed_at) VALUES "
                        "(1, 'Old', 'o@acme.test', 'acme.test', 100, 'sal', 1, 200, 200), "
                        "(2, 'Refused', 'r@acme.test', 'acme.test', 100, 'rejected', 2, 300, 300), "
                        "(3, 'Waiting', 'w@acme.test', 'acme.test', 100, 'mql', NULL, 400, 400), "
                        "(4, 'New', 'n@acme.test', 'acme.test', 100, 'nurture', NULL, NULL, 100)")
                    .ok());
    auto migrated = Schema::migrate(db);
    ASSERT_TRUE(migrated.ok()) << migrated.error().message.toStdString();
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'leads_domain_owner'"), 0);
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'leads_domain_handoff'"), 1);
    RoutingRepository routing(db);
    // The latest handoff with sales and an owner: not the rejected lead, not the unassigned one.
    auto owner = routing.ownerOfDomain(QStringLiteral("acme.test"), 4);
    ASSERT_TRUE(owner.ok()) << owner.error().message.toStdString();
    EXPECT_EQ(*owner, std::optional<qint64>(1));
    // A lead is not its own company's owner.
    auto self = routing.ownerOfDomain(QStringLiteral("acme.test"), 1);
    ASSERT_TRUE(self.ok());
    EXPECT_EQ(*self, std::nullopt);
    ASSERT_TRUE(db.exec("UPDATE leads SET owner_id = 2 WHERE id = 3").ok());
    EXPECT_EQ(*routing.ownerOfDomain(QStringLiteral("acme.test"), 4), std::optional<qint64>(2));
}

TEST(Schema, MigrateFromVersion13_CheckListsWrittenAsOrsStillRefuseWhatTheyRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v13.baton"));
    {
        auto raw = Database::openRaw(path, Database::Access::ReadWrite, true);
        ASSERT_TRUE(raw.ok());
        Database &db = **raw;
        ASSERT_TRUE(Schema::migrateTo(db, 13).ok());
        ASSERT_TRUE(db.exec("INSERT INTO users (id, login, name, role) VALUES (1, 'ann', 'Ann', 'sdr');"
                            "INSERT INTO leads (id, name, email, created_at, stage, stage_changed_at) "
                            "VALUES (1, 'Old', 'o@acme.test', 100, 'sal', 100)")
                        .ok());
        auto migrated = Schema::migrate(db);
        ASSERT_TRUE(migrated.ok()) << migrated.error().message.toStdString();
        EXPECT_EQ(*db.queryInt("PRAGMA user_version"), Schema::currentVersion());
    }
    // Another connection reads the new definitions.
    auto raw = Database::openRaw(path, Database::Access::ReadWrite, false);
    ASSERT_TRUE(raw.ok());
    Database &db = **raw;
    auto integrity = db.prepare("PRAGMA integrity_check");
    ASSERT_TRUE(integrity.ok());
    ASSERT_TRUE(*integrity->step());
    EXPECT_EQ(integrity->text(0), QStringLiteral("ok"));
    auto tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL");
    ASSERT_TRUE(tables.ok());
    int lists = 0;
    ASSERT_TRUE(tables
                    ->forEachRow([&](const Statement &row) {
                        EXPECT_EQ(CheckListRewrite::asOrs(row.text(1)), row.text(1))
                            << row.text(0).toStdString();
                        lists += static_cast<int>(row.text(1).count(QStringLiteral(" OR ")) > 0);
                    })
                    .ok());
    EXPECT_GE(lists, 10);
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM leads"), 1);
    EXPECT_FALSE(db.exec("UPDATE leads SET stage = 'won' WHERE id = 1").ok());
    EXPECT_TRUE(db.exec("UPDATE leads SET stage = 'sql' WHERE id = 1").ok());
    EXPECT_FALSE(db.exec("INSERT INTO routing_decisions (lead_id, decided_at, kind, reason) "
                         "VALUES (1, 100, 'guess', 'r')")
                     .ok());
    EXPECT_TRUE(db.exec("INSERT INTO routing_decisions (lead_id, decided_at, kind, reason) "
                        "VALUES (1, 100, 'reassign', 'r')")
                    .ok());
}
