#include "DemoGeneratorFixture.h"
#include "agreement/HandoffJudge.h"
#include "agreement/Scorer.h"
#include "common/FixedClock.h"
#include "demo/DemoGenerator.h"
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

// The demo file's feedback loop: reviews and their threads, handoff outcomes, the rules behind
// the points, moves without contact, conversions.

TEST_F(DemoGeneratorTest, Generate_EveryRejectionAndDisqualification_HasItsReview)
{
    const qint64 exits =
        count(db(), "SELECT count(*) FROM stage_changes WHERE to_stage IN ('rejected', 'disqualified')");
    EXPECT_GT(exits, demoLeads / 10);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM rejection_reviews"), exits);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM stage_changes s WHERE s.to_stage IN ('rejected', 'disqualified') "
                    "AND NOT EXISTS (SELECT 1 FROM rejection_reviews r WHERE r.stage_change_id = s.id AND "
                    "r.lead_id = s.lead_id AND r.stage = s.to_stage AND r.reason_code = s.reason_code AND "
                    "r.rejected_at = s.changed_at AND r.rejected_by IS s.user_id)"),
              0);
    // The facts of the handoff it answers, as ReviewRepository::open takes them.
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM rejection_reviews r JOIN leads l ON l.id = r.lead_id "
                    "LEFT JOIN handoffs h ON h.id = r.handoff_id WHERE r.handoff_id IS NOT (SELECT h2.id "
                    "FROM handoffs h2 WHERE h2.lead_id = r.lead_id AND h2.handed_over_at <= r.rejected_at "
                    "ORDER BY h2.handed_over_at DESC, h2.id DESC LIMIT 1) OR r.total_score IS NOT "
                    "h.fit_score + h.engagement_score OR r.campaign_id IS NOT coalesce(h.campaign_id, "
                    "l.campaign_id)"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_ReviewSteps_EachWithItsWordsInTheThread)
{
    // The review's status is its latest step, each step a comment of its kind by whoever took it.
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM rejection_reviews r WHERE r.status <> 'open' AND NOT EXISTS "
                    "(SELECT 1 FROM lead_comments c WHERE c.review_id = r.id AND c.lead_id = r.lead_id AND "
                    "c.kind = r.status AND c.written_at = r.status_at AND c.author_id = r.status_by AND "
                    "c.id = (SELECT max(c2.id) FROM lead_comments c2 WHERE c2.review_id = r.id))"),
              0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM rejection_reviews r WHERE r.status = 'open' AND (r.status_at IS "
                    "NOT NULL OR r.status_by IS NOT NULL OR EXISTS (SELECT 1 FROM lead_comments c WHERE "
                    "c.review_id = r.id))"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM rejection_reviews r WHERE r.version <> 1 + (SELECT count(*) "
                          "FROM lead_comments c WHERE c.review_id = r.id)"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM lead_comments WHERE length(body) < 12"), 0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM lead_comments c JOIN rejection_reviews r ON r.id = c.review_id "
                    "WHERE c.written_at < r.rejected_at OR c.lead_id <> r.lead_id"),
              0);
    // Marketing acknowledges, disputes and recycles; a sales manager upholds or reopens, after a dispute.
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM lead_comments c JOIN users u ON u.id = c.author_id WHERE "
                    "(c.kind IN ('acknowledged', 'disputed', 'recycled') AND u.role <> 'marketing_manager') "
                    "OR (c.kind IN ('upheld', 'reopened') AND u.role <> 'sales_manager')"),
              0);
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM lead_comments c WHERE c.kind IN ('upheld', 'reopened') AND NOT "
                    "EXISTS (SELECT 1 FROM lead_comments d WHERE d.review_id = c.review_id AND d.kind = "
                    "'disputed' AND d.id < c.id AND d.written_at <= c.written_at)"),
              0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM lead_comments c WHERE EXISTS (SELECT 1 FROM lead_comments d "
                          "WHERE d.lead_id = c.lead_id AND d.id < c.id AND d.written_at > c.written_at)"),
              0);
    // Recycling and reopening are the lead's next move, with the step's words as its note.
    for (const char *status : {"recycled", "reopened"}) {
        const std::string to = std::string(status) == "recycled" ? "recycled" : "mql";
        const std::string sql =
            "SELECT count(*) FROM rejection_reviews r JOIN lead_comments c ON c.review_id = r.id AND c.kind "
            "= "
            "r.status WHERE r.status = '" +
            std::string(status) +
            "' AND NOT EXISTS (SELECT 1 FROM stage_changes s WHERE s.id = (SELECT min(n.id) FROM "
            "stage_changes n "
            "WHERE n.lead_id = r.lead_id AND n.id > r.stage_change_id) AND s.from_stage = r.stage AND "
            "s.to_stage = '" +
            to + "' AND s.changed_at = r.status_at AND s.user_id = r.status_by AND s.note = c.body)";
        EXPECT_EQ(count(db(), sql.c_str()), 0) << status;
    }
    EXPECT_GT(count(db(), "SELECT count(*) FROM lead_comments WHERE kind = 'comment'"), 0);
}

TEST_F(DemoGeneratorTest, Generate_Reviews_MostlyWithinAWeekSomeDisputed)
{
    const qint64 now = test::referenceTime().toSecsSinceEpoch();
    const std::string weekAgo = std::to_string(now - 7 * 86400);
    const qint64 older =
        count(db(), ("SELECT count(*) FROM rejection_reviews WHERE rejected_at < " + weekAgo).c_str());
    const qint64 inAWeek =
        count(db(), ("SELECT count(*) FROM rejection_reviews r WHERE rejected_at < " + weekAgo +
                     " AND (SELECT min(c.written_at) FROM lead_comments c WHERE c.review_id = r.id) <= "
                     "r.rejected_at + 7 * 86400")
                        .c_str());
    EXPECT_GT(inAWeek * 100, older * 75);
    EXPECT_GT(count(db(), "SELECT count(*) FROM rejection_reviews WHERE status = 'open'"), 0);
    // About one review in eight is disputed; the sales manager upholds most of those.
    const qint64 reviewed = count(db(), "SELECT count(*) FROM rejection_reviews WHERE status <> 'open'");
    const qint64 disputed =
        count(db(), "SELECT count(DISTINCT review_id) FROM lead_comments WHERE kind = 'disputed'");
    EXPECT_GE(disputed * 100, reviewed * 8);
    EXPECT_LE(disputed * 100, reviewed * 18);
    EXPECT_GT(count(db(), "SELECT count(*) FROM rejection_reviews WHERE status = 'upheld'"), 0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM rejection_reviews WHERE status = 'acknowledged'"),
              reviewed / 2);
    EXPECT_GT(count(db(), "SELECT count(*) FROM rejection_reviews WHERE status = 'recycled'"), 0);
    // Reopening sends the lead back to mql: only where the lifecycle allows it.
    const qint64 reopened = count(db(), "SELECT count(*) FROM rejection_reviews WHERE status = 'reopened'");
    if (Lifecycle::isAllowed(Stage::Rejected, Stage::Mql))
        EXPECT_GT(reopened, 0);
    else
        EXPECT_EQ(reopened, 0);
    EXPECT_GT(
        text(db(),
             "SELECT body FROM lead_comments WHERE kind = 'disputed' AND body LIKE 'The contact is the %' "
             "LIMIT 1")
            .size(),
        30u);
}

TEST_F(DemoGeneratorTest, Generate_HandoffOutcomes_FollowTheStageHistory)
{
    // What sales made of each handoff, derived from the stage history as file format 6 does (and
    // none again after a reopening, as the live code clears it).
    const char *derived =
        "WITH windows AS (SELECT id, lead_id, handed_over_at AS start, lead(handed_over_at) OVER (PARTITION "
        "BY "
        "lead_id ORDER BY handed_over_at, id) AS stop FROM handoffs), "
        "moves AS (SELECT w.id AS handoff_id, min(CASE WHEN s.to_stage = 'sal' THEN s.changed_at END) AS "
        "accepted_at, "
        "max(CASE WHEN s.from_stage IN ('mql', 'sal') THEN s.id END) AS last_move, "
        "max(CASE WHEN s.from_stage IN ('rejected', 'disqualified') AND s.to_stage = 'mql' THEN s.id END) AS "
        "reopened "
        "FROM windows w LEFT JOIN stage_changes s ON s.lead_id = w.lead_id AND s.changed_at >= w.start AND "
        "(w.stop IS NULL OR s.changed_at < w.stop) GROUP BY w.id), "
        "derived AS (SELECT m.handoff_id, m.accepted_at, CASE WHEN coalesce(m.reopened, 0) > m.last_move "
        "THEN NULL "
        "ELSE m.last_move END AS last FROM moves m) "
        "SELECT count(*) FROM handoffs h JOIN derived d ON d.handoff_id = h.id LEFT JOIN stage_changes s ON "
        "s.id = "
        "d.last WHERE h.accepted_at IS NOT d.accepted_at OR h.outcome IS NOT (CASE s.to_stage WHEN 'sal' "
        "THEN "
        "'accepted' WHEN 'sql' THEN 'converted' ELSE s.to_stage END) OR h.outcome_reason IS NOT "
        "s.reason_code OR "
        "h.outcome_at IS NOT s.changed_at";
    EXPECT_EQ(count(db(), derived), 0);
    for (const char *outcome : {"accepted", "converted", "rejected", "disqualified", "recycled"}) {
        EXPECT_GT(
            count(db(),
                  (std::string("SELECT count(*) FROM handoffs WHERE outcome = '") + outcome + "'").c_str()),
            0)
            << outcome;
    }
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM handoffs h JOIN leads l ON l.id = h.lead_id WHERE h.campaign_id IS "
                    "NOT l.campaign_id"),
              0);
}

TEST_F(DemoGeneratorTest, Generate_Handoffs_NameTheRulesThatGaveTheirPoints)
{
    EXPECT_EQ(count(db(), "SELECT count(*) FROM handoffs WHERE rule_mask = 0"), 0);
    const qint64 rules = count(db(), "SELECT count(*) FROM score_rules");
    EXPECT_GT(rules, 5);
    EXPECT_LE(rules, ScoreRuleRepository::maxRules);
    EXPECT_EQ(count(db(), "SELECT max(bit) + 1 FROM score_rules"), rules);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM score_rules WHERE key NOT LIKE 'fit:%' AND key NOT LIKE "
                          "'engagement:%'"),
              0);
    EXPECT_EQ(
        count(db(),
              "SELECT count(*) FROM handoffs WHERE rule_mask & ~(SELECT sum(1 << bit) FROM score_rules) "
              "<> 0 OR (top_rule IS NOT NULL AND (rule_mask >> top_rule) & 1 = 0)"),
        0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM handoffs WHERE top_rule IS NOT NULL"), 0);
    // The first handoff's rules took the first bits.
    EXPECT_EQ(count(db(),
                    "SELECT rule_mask + 1 = 1 << (SELECT count(*) FROM score_rules s WHERE (h.rule_mask >> "
                    "s.bit) & 1) FROM handoffs h ORDER BY id LIMIT 1"),
              1);

    // The same bits as a live handoff of the lead at that moment: the judge's rule points, the dominant rule.
    const FixedClock clock(test::referenceTime());
    auto effective = AgreementService(db(), clock).effective();
    ASSERT_TRUE(effective.ok());
    const Scorer scorer(effective->definition);
    const HandoffJudge judge(scorer);
    auto all = ScoreRuleRepository(db()).all();
    ASSERT_TRUE(all.ok());
    std::map<QString, int> bits;
    for (const auto &[bit, rule] : *all)
        bits[rule.first] = bit;
    auto sample = db().prepare("SELECT id, lead_id, handed_over_at, rule_mask, top_rule, fit_score, "
                               "engagement_score FROM handoffs WHERE id % 7 = 0 ORDER BY id LIMIT 150");
    ASSERT_TRUE(sample.ok());
    LeadRepository leads(db());
    int checked = 0;
    while (*sample->step()) {
        auto lead = leads.find(sample->int64(1));
        auto events = leads.events(sample->int64(1));
        ASSERT_TRUE(lead.ok() && events.ok());
        const HandoffDecision decision = judge.manual(*lead, *events, sample->dateTime(2));
        ASSERT_EQ(decision.fit, sample->int64(5)) << "handoff " << sample->int64(0);
        ASSERT_EQ(decision.engagement, sample->int64(6)) << "handoff " << sample->int64(0);
        qint64 mask = 0;
        std::optional<qint64> top;
        const RulePoints *dominant = RulePoints::dominant(decision.rulePoints);
        for (const RulePoints &rule : decision.rulePoints) {
            if (rule.points <= 0)
                continue;
            const auto bit = bits.find(rule.key);
            ASSERT_NE(bit, bits.end()) << rule.key.toStdString();
            mask |= qint64{1} << bit->second;
            if (&rule == dominant)
                top = bit->second;
        }
        EXPECT_EQ(sample->int64(3), mask) << "handoff " << sample->int64(0);
        EXPECT_EQ(sample->optionalInt64(4), top) << "handoff " << sample->int64(0);
        ++checked;
    }
    EXPECT_GT(checked, 50);
}

TEST_F(DemoGeneratorTest, Generate_MovesWithoutContact_MarkedByTheResponseClock)
{
    // As file format 6 derives them from the clocks, and as the live code sees them: no meaningful
    // contact since the handoff.
    EXPECT_EQ(
        count(
            db(),
            "SELECT count(*) FROM stage_changes s WHERE s.without_contact IS NOT (((s.from_stage = 'mql' AND "
            "s.to_stage = 'sal') OR (s.from_stage = 'sal' AND s.to_stage IN ('sql', 'disqualified'))) AND "
            "EXISTS (SELECT 1 FROM sla_clocks c WHERE c.lead_id = s.lead_id AND c.started_at <= s.changed_at "
            "AND (c.first_contact_at IS NULL OR c.first_contact_at > s.changed_at) AND c.handoff_id = "
            "(SELECT "
            "max(c2.handoff_id) FROM sla_clocks c2 WHERE c2.lead_id = s.lead_id AND c2.started_at <= "
            "s.changed_at)))"),
        0);
    const char *meaningful =
        "((a.type = 'call' AND a.outcome = 'connected') OR (a.type IN ('email', 'linkedin') "
        "AND a.outcome = 'replied') OR (a.type = 'meeting' AND a.outcome IN ('scheduled', "
        "'held')))";
    EXPECT_EQ(count(db(), (std::string(
                               "SELECT count(*) FROM stage_changes s WHERE s.without_contact = 1 AND EXISTS "
                               "(SELECT 1 FROM activities a WHERE a.lead_id = s.lead_id AND a.occurred_at <= "
                               "s.changed_at AND a.occurred_at >= (SELECT max(h.handed_over_at) FROM "
                               "handoffs h WHERE h.lead_id = s.lead_id AND h.handed_over_at <= s.changed_at) "
                               "AND ") +
                           meaningful + ")")
                              .c_str()),
              0);
    EXPECT_GT(
        count(db(), "SELECT count(*) FROM stage_changes WHERE without_contact = 1 AND to_stage = 'sal'"), 0);
    EXPECT_LT(count(db(), "SELECT count(*) FROM stage_changes WHERE without_contact = 1") * 10,
              count(db(), "SELECT count(*) FROM stage_changes WHERE to_stage = 'sal'"));
    // The lead keeps the mark of its latest move until someone reaches it.
    EXPECT_EQ(
        count(db(),
              (std::string("SELECT count(*) FROM leads l WHERE l.moved_without_contact IS NOT "
                           "(l.stage IN ('sal', 'sql', 'disqualified') AND (SELECT s.without_contact FROM "
                           "stage_changes s WHERE s.lead_id = l.id ORDER BY s.id DESC LIMIT 1) = 1 AND "
                           "NOT EXISTS (SELECT 1 FROM activities a WHERE a.lead_id = l.id AND "
                           "a.occurred_at >= l.stage_changed_at AND ") +
               meaningful + "))")
                  .c_str()),
        0);
}

TEST_F(DemoGeneratorTest, Generate_Conversions_AnswerTheChecklistAndSomeAreDecided)
{
    const std::vector<QualificationCriterion> checklist = Definition::defaults().checklist;
    ASSERT_FALSE(checklist.empty());
    const qint64 sql = count(db(), "SELECT count(*) FROM leads WHERE stage = 'sql'");
    EXPECT_GT(sql, 0);
    EXPECT_EQ(count(db(), "SELECT count(*) FROM qualification_answers"),
              sql * static_cast<qint64>(checklist.size()));
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM leads l WHERE l.stage = 'sql' AND (SELECT count(*) FROM "
                    "qualification_answers q WHERE q.lead_id = l.id) <> (SELECT count(DISTINCT criterion_id) "
                    "FROM qualification_answers)"),
              0);
    for (const QualificationCriterion &item : checklist) {
        const std::string where =
            " FROM qualification_answers WHERE criterion_id = '" + item.id.toStdString() + "'";
        EXPECT_EQ(count(db(), ("SELECT count(*)" + where).c_str()), sql) << item.id.toStdString();
        EXPECT_EQ(
            count(db(), ("SELECT count(*)" + where + " AND (criterion IS NOT '" + item.name.toStdString() +
                         "' OR required IS NOT " + (item.required ? "1" : "0") + ")")
                            .c_str()),
            0)
            << item.id.toStdString();
    }
    EXPECT_EQ(
        count(db(), "SELECT count(*) FROM qualification_answers WHERE required = 1 AND answer <> 'yes'"), 0);
    EXPECT_GT(
        count(db(), "SELECT count(*) FROM qualification_answers WHERE required = 0 AND answer <> 'yes'"), 0);
    EXPECT_EQ(
        count(db(),
              "SELECT count(*) FROM qualification_answers q JOIN opportunities o ON o.lead_id = q.lead_id "
              "WHERE q.answered_at <> o.created_at OR q.answered_by IS NOT o.created_by"),
        0);
    // Expected to close two to twelve weeks out; some of the older ones won or lost.
    EXPECT_EQ(count(db(),
                    "SELECT count(*) FROM opportunities WHERE date(expected_close) IS NOT expected_close OR "
                    "julianday(expected_close) - julianday(created_at, 'unixepoch') NOT BETWEEN 13 AND 85"),
              0);
    const qint64 now = test::referenceTime().toSecsSinceEpoch();
    EXPECT_EQ(
        count(db(), ("SELECT count(*) FROM opportunities WHERE (result IS NULL) <> (closed_at IS NULL) OR "
                     "(result IS NULL) <> (closed_by IS NULL) OR closed_at <= created_at OR closed_at > " +
                     std::to_string(now) + " OR (result = 'lost') <> (result_reason IS NOT NULL)")
                        .c_str()),
        0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM opportunities WHERE result = 'won'"), 0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM opportunities WHERE result = 'lost'"), 0);
    EXPECT_GT(count(db(), "SELECT count(*) FROM opportunities WHERE result IS NULL"), sql / 2);
}
