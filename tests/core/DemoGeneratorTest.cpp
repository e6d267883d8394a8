#include "demo/DemoGenerator.h"

#include "DemoGeneratorFixture.h"
#include "agreement/HandoffJudge.h"
#include "agreement/Scorer.h"
#include "common/FixedClock.h"
#include "domain/ActivityType.h"
#include "domain/EventType.h"
#include "domain/Lifecycle.h"
#include "services/AgreementService.h"
#include "services/ReevaluationService.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"
#include "storage/ScoreRuleRepository.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <map>
#include <set>
#include <string>

using namespace baton;
using namespace baton::demotest;

TEST_F(DemoGeneratorTest, Generate_Leads_SummaryMatchesFile)
{
    EXPECT_EQ(summary.leads, demoLeads);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads"), demoLeads);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM events"), summary.events);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM activities"), summary.activities);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM stage_changes"), summary.stageChanges);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM users"), summary.users);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM campaigns"), summary.campaigns);
}

TEST_F(DemoGeneratorTest, Generate_SameSeed_SameContent)
{
    test::TestFile again;
    auto made = DemoGenerator::generate(again.db(), options(42));
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    EXPECT_EQ(digest(again.db()), digest(db()));
}

TEST_F(DemoGeneratorTest, Generate_OtherSeed_OtherContent)
{
    test::TestFile other;
    auto made = DemoGenerator::generate(other.db(), options(43));
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    EXPECT_NE(digest(other.db()), digest(db()));
}

TEST_F(DemoGeneratorTest, Generate_EveryStage_Present)
{
    std::set<std::string> stages;
    auto statement = db().prepare("SELECT DISTINCT stage FROM leads");
    ASSERT_TRUE(statement.ok());
    while (*statement->step())
        stages.insert(statement->text(0).toStdString());
    for (Stage stage : allStages)
        EXPECT_TRUE(stages.count(stageName(stage).toStdString())) << stageName(stage).toStdString();
}

TEST_F(DemoGeneratorTest, Generate_Stages_RealisticShares)
{
    const qint64 open = count(db(), "SELECT count(*) FROM leads WHERE stage IN ('mql', 'sal')");
    const qint64 nurture = count(db(), "SELECT count(*) FROM leads WHERE stage = 'nurture'");
    EXPECT_GE(open * 100, demoLeads * 8);
    EXPECT_LE(open * 100, demoLeads * 12);
    EXPECT_GT(nurture * 2, demoLeads); // nurture is the majority
    const double eventsPerLead = static_cast<double>(summary.events) / static_cast<double>(demoLeads);
    EXPECT_GE(eventsPerLead, 11.0);
    EXPECT_LE(eventsPerLead, 16.0);
}

TEST_F(DemoGeneratorTest, Generate_StoredStage_IsLastHistoryStage)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads l WHERE l.stage IS NOT (SELECT h.to_stage FROM "
                          "stage_changes h WHERE h.lead_id = l.id ORDER BY h.id DESC LIMIT 1)"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads l WHERE l.stage_changed_at IS NOT (SELECT h.changed_at "
                          "FROM stage_changes h WHERE h.lead_id = l.id ORDER BY h.id DESC LIMIT 1)"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_History_FollowsLifecycleWithReasons)
{
    std::map<std::pair<std::string, std::string>, bool> reasons; // (stage, code) -> note required
    auto known = db().prepare("SELECT stage, code, note_required FROM reasons");
    ASSERT_TRUE(known.ok());
    while (*known->step())
        reasons[{known->text(0).toStdString(), known->text(1).toStdString()}] = known->int64(2) != 0;

    auto history =
        db().prepare("SELECT lead_id, from_stage, to_stage, changed_at, user_id, reason_code, note "
                     "FROM stage_changes ORDER BY lead_id, id");
    ASSERT_TRUE(history.ok());
    qint64 lead = 0;
    QString previous;
    qint64 previousAt = 0;
    int rows = 0;
    while (*history->step()) {
        ++rows;
        const QString from = history->text(1);
        const QString to = history->text(2);
        if (history->int64(0) != lead) {
            lead = history->int64(0);
            EXPECT_TRUE(history->isNull(1)) << "lead " << lead << " does not start with its creation";
            EXPECT_EQ(to, QStringLiteral("nurture")) << "lead " << lead;
        } else {
            ASSERT_EQ(from, previous) << "lead " << lead;
            const auto fromStage = stageFromName(from);
            const auto toStage = stageFromName(to);
            ASSERT_TRUE(fromStage && toStage) << "lead " << lead;
            EXPECT_TRUE(Lifecycle::isAllowed(*fromStage, *toStage))
                << "lead " << lead << ": " << from.toStdString() << " -> " << to.toStdString();
            EXPECT_GE(history->int64(3), previousAt) << "lead " << lead;
            if (Lifecycle::requiresReason(*toStage)) {
                const auto reason = reasons.find({to.toStdString(), history->text(5).toStdString()});
                ASSERT_NE(reason, reasons.end()) << "lead " << lead << ": no reason from the taxonomy";
                if (reason->second) {
                    EXPECT_FALSE(history->text(6).isEmpty()) << "lead " << lead << ": reason needs a note";
                }
                EXPECT_FALSE(history->isNull(4)) << "lead " << lead << ": an exit names who made it";
            } else {
                EXPECT_TRUE(history->isNull(5)) << "lead " << lead;
            }
        }
        previous = to;
        previousAt = history->int64(3);
    }
    EXPECT_EQ(rows, summary.stageChanges);
}

TEST_F(DemoGeneratorTest, Generate_HandedOverLeads_HaveOwnerAndHandoff)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads WHERE stage IN ('mql', 'sal') AND (owner_id IS NULL OR "
                          "handoff_at IS NULL)"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads l WHERE owner_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
                          "FROM users u WHERE u.id = l.owner_id AND u.role = 'sdr')"),
              0);
    // Every lead that reached mql has a handoff time, and no other lead has one.
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads l WHERE (handoff_at IS NOT NULL) <> EXISTS (SELECT 1 "
                          "FROM stage_changes h WHERE h.lead_id = l.id AND h.to_stage = 'mql')"),
              0);
    // A lead reopened after a dispute goes back to mql without a new handoff.
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads l WHERE handoff_at IS NOT (SELECT max(changed_at) FROM "
                          "stage_changes h WHERE h.lead_id = l.id AND h.to_stage = 'mql' AND h.from_stage "
                          "IN ('nurture', 'recycled'))"),
              0);
    // Queues are meaningful: every SDR has open leads.
    EXPECT_EQ(count(db(), "SELECT count(*) FROM users u WHERE role = 'sdr' AND NOT EXISTS (SELECT 1 FROM "
                          "leads l WHERE l.owner_id = u.id AND l.stage IN ('mql', 'sal'))"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_Outcomes_MatchTheirStage)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads l WHERE (stage = 'sql') <> EXISTS (SELECT 1 FROM "
                          "opportunities o WHERE o.lead_id = l.id)"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM opportunities WHERE value_cents <= 0"), 0);
    EXPECT_EQ(
        count(db(), "SELECT count(*) FROM leads WHERE (stage = 'recycled') <> (revisit_on IS NOT NULL)"), 0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM leads WHERE revisit_on IS NOT NULL AND date(revisit_on) IS NOT "
                    "revisit_on"),
              0);
    // Worked leads carry the activities of sales, nurture leads never handed over none.
    EXPECT_GT(count(db(), "SELECT count(*) FROM activities"), 0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM activities a WHERE a.occurred_at < (SELECT min(h.changed_at) "
                    "FROM stage_changes h WHERE h.lead_id = a.lead_id AND h.to_stage = 'mql') OR NOT "
                    "EXISTS (SELECT 1 FROM stage_changes h WHERE h.lead_id = a.lead_id AND h.to_stage = "
                    "'mql')"),
              0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM leads l WHERE version <> (SELECT count(*) FROM stage_changes "
                    "h WHERE h.lead_id = l.id) + (SELECT count(*) FROM activities a WHERE a.lead_id = l.id)"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_Activities_UseKnownOutcomes)
{
    auto statement = db().prepare("SELECT DISTINCT type, outcome FROM activities");
    ASSERT_TRUE(statement.ok());
    int pairs = 0;
    while (*statement->step()) {
        ++pairs;
        const auto type = activityTypeFromName(statement->text(0));
        ASSERT_TRUE(type.has_value()) << statement->text(0).toStdString();
        EXPECT_TRUE(activityOutcomes(*type).contains(statement->text(1)))
            << statement->text(0).toStdString() << " " << statement->text(1).toStdString();
    }
    EXPECT_GE(pairs, 8);
}

TEST_F(DemoGeneratorTest, Generate_EventDetails_EachStoredOnceAndNamedByEveryEventThatHasIt)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM events e LEFT JOIN event_details d ON d.id = e.detail_id "
                          "WHERE d.text IS NOT e.detail"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM event_details"),
              count(db(), "SELECT count(DISTINCT detail) FROM events"));
    // The bulk writer set the events' triggers aside while writing; they are back.
    EXPECT_EQ(
        count(db(), "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'events'"), 2);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'events_lead'"),
              1);
}

TEST_F(DemoGeneratorTest, Generate_RoutingAndClocks_EveryHandoffRoutedAndTimed)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM routing_config"), 1);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM routing_decisions"),
              count(db(), "SELECT count(*) FROM handoffs"));
    EXPECT_EQ(count(db(), "SELECT count(*) FROM sla_clocks"), count(db(), "SELECT count(*) FROM handoffs"));
    // Each clock belongs to its handoff, is due after it starts, and a first contact names the
    // activity that made it, at that activity's time, by a meaningful outcome.
    EXPECT_EQ(
        count(db(),
              "SELECT count(*) FROM sla_clocks c JOIN handoffs h ON h.id = c.handoff_id "
              "WHERE h.lead_id <> c.lead_id OR h.handed_over_at <> c.started_at OR c.due_at <= c.started_at"),
        0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM sla_clocks c LEFT JOIN activities a ON a.id = c.first_contact_id "
                    "WHERE c.first_contact_at IS NOT NULL AND (a.occurred_at IS NOT c.first_contact_at OR "
                    "a.outcome NOT IN ('connected', 'replied', 'scheduled', 'held'))"),
              0);
    EXPECT_EQ(
        count(db(),
              "SELECT count(*) FROM sla_clocks WHERE first_contact_at IS NOT NULL AND closed_at IS NOT NULL"),
        0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM sla_clocks WHERE first_contact_at <= due_at"), 0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM sla_clocks WHERE first_contact_at > due_at"), 0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM routing_decisions d JOIN leads l ON l.id = d.lead_id "
                          "WHERE d.assignee_id IS NOT l.owner_id"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_Events_KnownTypesAndRevisits)
{
    auto statement = db().prepare("SELECT DISTINCT type FROM events");
    ASSERT_TRUE(statement.ok());
    int types = 0;
    while (*statement->step()) {
        ++types;
        EXPECT_TRUE(eventTypeFromName(statement->text(0)).has_value()) << statement->text(0).toStdString();
    }
    EXPECT_EQ(types, static_cast<int>(allEventTypes.size()));
    // Pages people come back to, real questions, and a few dozen of them.
    EXPECT_GT(count(db(),
                    "SELECT count(*) FROM (SELECT lead_id FROM events WHERE type = 'page_view' GROUP BY "
                    "lead_id, detail HAVING count(*) >= 3)"),
              demoLeads / 10);
    EXPECT_GE(count(db(), "SELECT count(DISTINCT detail) FROM events WHERE type = 'webinar_question'"), 24);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM events WHERE detail IS NULL OR detail = ''"), 0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM events e WHERE campaign_id IS NOT NULL AND NOT EXISTS (SELECT "
                    "1 FROM campaigns c WHERE c.id = e.campaign_id)"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_Contacts_Plausible)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads WHERE email NOT LIKE '%_@' || company_domain"), 0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads WHERE seniority NOT IN ('c_level', 'vp', 'director', "
                          "'manager', 'individual', 'student')"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads WHERE region NOT IN ('NA', 'EMEA', 'APAC', 'LATAM')"),
              0);
    EXPECT_GE(count(db(), "SELECT count(DISTINCT industry) FROM leads"), 10);
    EXPECT_GE(count(db(), "SELECT count(DISTINCT company_name) FROM leads"), 200);
    EXPECT_GE(count(db(), "SELECT count(*) FROM campaigns"), 20);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM users WHERE login = 'maya.patel' AND role = 'sdr'"), 1);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM users WHERE role = 'sales_manager'"), 3);
}

TEST_F(DemoGeneratorTest, Generate_Times_WithinTwelveWeeksBeforeNow)
{
    const qint64 now = test::referenceTime().toSecsSinceEpoch();
    const std::string window = std::to_string(now - twelveWeeks) + " AND " + std::to_string(now);
    for (const std::string column :
         {"leads.created_at", "leads.handoff_at", "leads.stage_changed_at", "events.occurred_at",
          "activities.occurred_at", "stage_changes.changed_at", "opportunities.created_at"}) {
        const std::string table = column.substr(0, column.find('.'));
        std::string sql = "SELECT count(*) FROM ";
        sql.append(table).append(" WHERE ").append(column).append(" IS NOT NULL AND ");
        sql.append(column).append(" NOT BETWEEN ").append(window);
        EXPECT_EQ(count(db(), sql.c_str()), 0) << column;
    }
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM events e JOIN leads l ON l.id = e.lead_id WHERE e.occurred_at < "
                    "l.created_at"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_File_KeepsSchemaAndSettings)
{
    test::TestFile fresh;
    const std::string before = schema(fresh.db());
    const qint64 cacheSize = count(fresh.db(), "PRAGMA cache_size");
    auto made = DemoGenerator::generate(fresh.db(), options(5, 200));
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    EXPECT_EQ(schema(fresh.db()), before);
    EXPECT_EQ(text(fresh.db(), "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(count(fresh.db(), "PRAGMA foreign_keys"), 1);
    EXPECT_EQ(count(fresh.db(), "PRAGMA synchronous"), 1);
    EXPECT_EQ(count(fresh.db(), "PRAGMA cache_size"), cacheSize);
    EXPECT_EQ(count(fresh.db(), "PRAGMA ignore_check_constraints"), 0);
    EXPECT_EQ(text(fresh.db(), "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(count(fresh.db(), "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

TEST_F(DemoGeneratorTest, Generate_File_HasPlannerStatistics)
{
    // Without them SQLite sorts every open lead for a page of the team queue.
    EXPECT_GT(count(db(), "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'leads'"), 0);
    auto explained = db().prepare("EXPLAIN QUERY PLAN SELECT id FROM leads l WHERE l.stage IN ('mql', 'sal') "
                                  "ORDER BY l.queue_rank, l.id LIMIT 128");
    ASSERT_TRUE(explained.ok());
    std::string plan;
    while (*explained->step())
        plan += explained->text(3).toStdString() + "\n"; // id, parent, notused, detail
    EXPECT_NE(plan.find("leads_open_urgency"), std::string::npos) << plan;
}

TEST_F(DemoGeneratorTest, Generate_FileWithLeads_Refused)
{
    auto again = DemoGenerator::generate(db(), options(42, 10));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads"), demoLeads);
}

TEST_F(DemoGeneratorTest, Generate_ProgressCancels_NothingKept)
{
    test::TestFile fresh;
    const std::string before = schema(fresh.db());
    DemoOptions cancelling = options(9, 20000);
    qint64 calls = 0;
    cancelling.progress = [&](qint64 done, qint64 total) {
        EXPECT_EQ(total, 20000);
        ++calls;
        return done < 8000;
    };
    auto made = DemoGenerator::generate(fresh.db(), cancelling);
    ASSERT_FALSE(made.ok());
    EXPECT_EQ(made.error().kind, ErrorKind::Cancelled);
    EXPECT_GE(calls, 2);
    for (const char *table : {"leads", "events", "stage_changes", "activities", "users", "campaigns"})
        EXPECT_EQ(count(fresh.db(), (std::string("SELECT count(*) FROM ") + table).c_str()), 0) << table;
    EXPECT_EQ(schema(fresh.db()), before);
    EXPECT_EQ(text(fresh.db(), "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(count(fresh.db(), "PRAGMA foreign_keys"), 1);

    // The file is still good for a demo.
    auto retry = DemoGenerator::generate(fresh.db(), options(9, 100));
    ASSERT_TRUE(retry.ok()) << retry.error().message.toStdString();
    EXPECT_EQ(count(fresh.db(), "SELECT count(*) FROM leads"), 100);
}

TEST_F(DemoGeneratorTest, Generate_EveryHandoff_HasItsRecordWithTheSignalEventOfTheLead)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM handoffs"),
              count(db(), "SELECT count(*) FROM stage_changes WHERE to_stage = 'mql' AND from_stage IN "
                          "('nurture', 'recycled')"));
    EXPECT_EQ(
        count(db(),
              "SELECT count(*) FROM stage_changes s WHERE s.to_stage = 'mql' AND s.from_stage IN "
              "('nurture', 'recycled') AND NOT EXISTS "
              "(SELECT 1 FROM handoffs h WHERE h.lead_id = s.lead_id AND h.handed_over_at = s.changed_at)"),
        0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM handoffs h JOIN events e ON e.id = h.signal_event_id "
                          "WHERE e.lead_id = h.lead_id AND e.occurred_at <= h.handed_over_at"),
              count(db(), "SELECT count(*) FROM handoffs"));
    EXPECT_GT(count(db(), "SELECT count(*) FROM handoffs WHERE fast_track = 1"), 0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM handoffs WHERE completeness < 100"), 0);
}

TEST_F(DemoGeneratorTest, Generate_LastEventTime_MatchesTheEvents)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM leads l WHERE last_event_at IS NOT "
                          "(SELECT max(occurred_at) FROM events e WHERE e.lead_id = l.id)"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_LeadsMarketingHolds_StayBelowTheEffectiveRule)
{
    test::TestFile copy;
    ASSERT_TRUE(DemoGenerator::generate(copy.db(), options(7, 1500)).ok());
    const FixedClock clock(test::referenceTime());
    auto run = ReevaluationService(copy.db(), clock).run(std::nullopt);
    ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
    EXPECT_GT(run->evaluated, 0);
    EXPECT_EQ(run->handedOver, 0);
}

TEST_F(DemoGeneratorTest, Generate_TwentyEventsPerLead_AboutTwentyOnAverage)
{
    test::TestFile richer;
    DemoOptions demo = options(3, 1000);
    demo.eventsPerLead = 20;
    auto made = DemoGenerator::generate(richer.db(), demo);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    const double perLead = static_cast<double>(made->events) / 1000.0;
    EXPECT_GE(perLead, 17.0);
    EXPECT_LE(perLead, 23.0);
}

TEST_F(DemoGeneratorTest, Generate_EventsPerLeadOutOfRange_Refused)
{
    test::TestFile other;
    DemoOptions demo = options(3, 10);
    demo.eventsPerLead = 100;
    auto made = DemoGenerator::generate(other.db(), demo);
    ASSERT_FALSE(made.ok());
    EXPECT_EQ(made.error().kind, ErrorKind::InvalidInput);
}

TEST_F(DemoGeneratorTest, Generate_AgreementHistory_SignedVersionAndAnOpenRound)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM definition_versions"), 5);
    EXPECT_EQ(count(db(), "SELECT number FROM definition_versions WHERE status = 'effective'"), 3);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM definition_signatures s JOIN definition_versions v "
                          "ON v.id = s.version_id WHERE v.number = 3"),
              2);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM definition_proposal_sources"), 2);
    EXPECT_GT(count(db(), "SELECT effective_from - first_draft_at FROM definition_versions WHERE number = 3"),
              86400);
    // Handoffs before the signature were made under the built-in rules, after it under version 3.
    EXPECT_EQ(count(db(), "SELECT count(*) FROM handoffs h, definition_versions v WHERE v.number = 3 AND "
                          "(h.handed_over_at >= v.effective_from) != (h.definition_number = 3)"),
              0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM handoffs WHERE definition_number = 0"), 0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM handoffs WHERE definition_number = 3"), 0);
}

TEST_F(DemoGeneratorTest, Generate_File_PassesIntegrityAndForeignKeyChecks)
{
    EXPECT_EQ(text(db(), "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(count(db(), "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}
