#include "storage/Schema.h"

#include "storage/Database.h"
#include "support/TestData.h"
#include "support/TestFile.h"

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
                                  "AND l.owner_id = 1 ORDER BY l.handoff_at, l.id LIMIT 50");
    ASSERT_TRUE(plan.ok());
    QString details;
    while (*plan->step())
        details += plan->text(3) + QLatin1Char('\n');
    EXPECT_TRUE(details.contains(QStringLiteral("leads_queue"))) << details.toStdString();
    EXPECT_FALSE(details.contains(QStringLiteral("TEMP B-TREE"))) << details.toStdString();
}

TEST(Schema, TeamQueueQuery_WithoutStatistics_WalksTheOpenLeadsIndexInOrder)
{
    test::TestFile file;
    auto plan = file.db().prepare("EXPLAIN QUERY PLAN SELECT l.id FROM leads l LEFT JOIN campaigns c "
                                  "ON c.id = l.campaign_id WHERE l.stage IN ('mql', 'sal') "
                                  "ORDER BY l.handoff_at, l.id LIMIT 128");
    ASSERT_TRUE(plan.ok());
    QString details;
    while (*plan->step())
        details += plan->text(3) + QLatin1Char('\n');
    EXPECT_TRUE(details.contains(QStringLiteral("leads_open"))) << details.toStdString();
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
