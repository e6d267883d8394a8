#include "storage/Schema.h"

#include "storage/Database.h"
#include "storage/LeadEventStream.h"
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
