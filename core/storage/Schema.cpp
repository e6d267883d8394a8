#include "storage/Schema.h"

#include "storage/CheckListRewrite.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QString>

#include <algorithm>
#include <array>
#include <string_view>

namespace baton {
namespace {

// Version 1: users, campaigns, leads with their engagement, activities, stage history,
// opportunities and the reason taxonomy.
constexpr std::string_view migration1 = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE users (
  id    INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE,
  name  TEXT NOT NULL,
  role  TEXT NOT NULL CHECK (role IN ('sdr', 'sales_manager', 'marketing_manager', 'admin')),
  team  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE campaigns (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  kind       TEXT NOT NULL,
  started_on TEXT
);

CREATE TABLE leads (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL,
  email            TEXT NOT NULL,
  phone            TEXT,
  title            TEXT,
  seniority        TEXT,
  company_name     TEXT,
  company_domain   TEXT,
  industry         TEXT,
  employees        INTEGER,
  annual_revenue   INTEGER,
  country          TEXT,
  region           TEXT,
  campaign_id      INTEGER REFERENCES campaigns(id),
  created_at       INTEGER NOT NULL,
  stage            TEXT NOT NULL CHECK (stage IN ('nurture', 'mql', 'sal', 'sql', 'rejected',
                                                  'disqualified', 'recycled')),
  owner_id         INTEGER REFERENCES users(id),
  handoff_at       INTEGER,
  revisit_on       TEXT,
  stage_changed_at INTEGER NOT NULL,
  version          INTEGER NOT NULL DEFAULT 1
);
-- My queue: one owner's open leads, oldest handoff first.
CREATE INDEX leads_queue ON leads(owner_id, handoff_at, id) WHERE stage IN ('mql', 'sal');
-- The team's open leads, oldest handoff first.
CREATE INDEX leads_open ON leads(handoff_at, id) WHERE stage IN ('mql', 'sal');
CREATE INDEX leads_email ON leads(email);

CREATE TABLE events (
  id          INTEGER PRIMARY KEY,
  lead_id     INTEGER NOT NULL REFERENCES leads(id),
  type        TEXT NOT NULL,
  occurred_at INTEGER NOT NULL,
  detail      TEXT,
  campaign_id INTEGER REFERENCES campaigns(id)
);
CREATE INDEX events_lead ON events(lead_id, occurred_at);

CREATE TABLE activities (
  id          INTEGER PRIMARY KEY,
  lead_id     INTEGER NOT NULL REFERENCES leads(id),
  type        TEXT NOT NULL,
  outcome     TEXT NOT NULL,
  occurred_at INTEGER NOT NULL,
  user_id     INTEGER REFERENCES users(id),
  note        TEXT
);
CREATE INDEX activities_lead ON activities(lead_id, occurred_at);

CREATE TABLE stage_changes (
  id          INTEGER PRIMARY KEY,
  lead_id     INTEGER NOT NULL REFERENCES leads(id),
  from_stage  TEXT,
  to_stage    TEXT NOT NULL,
  changed_at  INTEGER NOT NULL,
  user_id     INTEGER REFERENCES users(id),
  reason_code TEXT,
  note        TEXT
);
CREATE INDEX stage_changes_lead ON stage_changes(lead_id, id);
-- A lead's history is never overwritten.
CREATE TRIGGER stage_changes_append_only_update BEFORE UPDATE ON stage_changes
BEGIN SELECT RAISE(ABORT, 'stage history is append-only'); END;
CREATE TRIGGER stage_changes_append_only_delete BEFORE DELETE ON stage_changes
BEGIN SELECT RAISE(ABORT, 'stage history is append-only'); END;

CREATE TABLE opportunities (
  lead_id     INTEGER PRIMARY KEY REFERENCES leads(id),
  value_cents INTEGER NOT NULL CHECK (value_cents >= 0),
  note        TEXT,
  created_at  INTEGER NOT NULL,
  created_by  INTEGER REFERENCES users(id)
);

CREATE TABLE reasons (
  stage         TEXT NOT NULL CHECK (stage IN ('rejected', 'disqualified', 'recycled')),
  code          TEXT NOT NULL,
  label         TEXT NOT NULL,
  note_required INTEGER NOT NULL DEFAULT 0,
  position      INTEGER NOT NULL,
  PRIMARY KEY (stage, code)
);
INSERT INTO reasons (stage, code, label, note_required, position) VALUES
  ('rejected', 'not_icp_fit', 'Not an ICP fit', 0, 1),
  ('rejected', 'no_authority', 'No authority', 0, 2),
  ('rejected', 'no_buying_intent', 'No buying intent', 0, 3),
  ('rejected', 'student_or_competitor', 'Student or competitor', 0, 4),
  ('rejected', 'existing_customer', 'Existing customer', 0, 5),
  ('rejected', 'duplicate', 'Duplicate', 0, 6),
  ('rejected', 'bad_data', 'Bad contact data', 0, 7),
  ('rejected', 'other', 'Other (explain in the note)', 1, 8),
  ('disqualified', 'no_budget', 'No budget', 0, 1),
  ('disqualified', 'no_need', 'No real need', 0, 2),
  ('disqualified', 'no_timeline', 'No timeline', 0, 3),
  ('disqualified', 'chose_competitor', 'Chose a competitor', 0, 4),
  ('disqualified', 'unresponsive', 'Went silent', 0, 5),
  ('disqualified', 'other', 'Other (explain in the note)', 1, 6),
  ('recycled', 'bad_timing', 'Bad timing, revisit later', 0, 1),
  ('recycled', 'budget_cycle', 'Waiting for the next budget cycle', 0, 2),
  ('recycled', 'not_ready', 'Interested but not ready', 0, 3),
  ('recycled', 'unresponsive', 'No response after the cadence', 0, 4),
  ('recycled', 'other', 'Other (explain in the note)', 1, 5);
)sql";

// Version 2: the lead definition both teams sign. Every version is kept: each team's drafts,
// the reconciled proposals, and which of them is (or was) effective, with its signatures.
constexpr std::string_view migration2 = R"sql(
CREATE TABLE definition_versions (
  id             INTEGER PRIMARY KEY,
  number         INTEGER NOT NULL UNIQUE,
  kind           TEXT NOT NULL CHECK (kind IN ('draft', 'proposal')),
  team           TEXT CHECK (team IN ('marketing', 'sales')),
  status         TEXT NOT NULL CHECK (status IN ('draft', 'proposed', 'effective', 'superseded')),
  body           TEXT NOT NULL,
  based_on       INTEGER REFERENCES definition_versions(id),
  created_at     INTEGER NOT NULL,
  created_by     INTEGER NOT NULL REFERENCES users(id),
  effective_from INTEGER,
  first_draft_at INTEGER,
  CHECK ((kind = 'draft') = (team IS NOT NULL))
);
-- At most one version is effective at a time.
CREATE UNIQUE INDEX definition_versions_one_effective ON definition_versions(status)
  WHERE status = 'effective';

CREATE TABLE definition_signatures (
  version_id INTEGER NOT NULL REFERENCES definition_versions(id),
  user_id    INTEGER NOT NULL REFERENCES users(id),
  role       TEXT NOT NULL CHECK (role IN ('marketing_manager', 'sales_manager')),
  signed_at  INTEGER NOT NULL,
  PRIMARY KEY (version_id, role)
);
)sql";

// Version 3: the record of every handoff (the version it was handed over under, its score, the
// buying signal, how complete its context package was), which drafts each proposal reconciles,
// each re-evaluation of the nurture leads, and each lead's latest event time (for previews).
constexpr std::string_view migration3 = R"sql(
CREATE TABLE handoffs (
  id                INTEGER PRIMARY KEY,
  lead_id           INTEGER NOT NULL REFERENCES leads(id),
  handed_over_at    INTEGER NOT NULL,
  definition_number INTEGER NOT NULL CHECK (definition_number >= 0),
  trigger           TEXT NOT NULL CHECK (trigger IN ('event', 'reevaluation', 'manual')),
  fit_score         INTEGER NOT NULL,
  engagement_score  INTEGER NOT NULL,
  fast_track        INTEGER NOT NULL DEFAULT 0 CHECK (fast_track IN (0, 1)),
  signal_event_id   INTEGER REFERENCES events(id),
  completeness      INTEGER NOT NULL CHECK (completeness BETWEEN 0 AND 100),
  missing_fields    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX handoffs_lead ON handoffs(lead_id, handed_over_at);
CREATE INDEX handoffs_time ON handoffs(handed_over_at);
-- A handoff is kept as it was: a later definition does not rewrite it.
CREATE TRIGGER handoffs_append_only_update BEFORE UPDATE ON handoffs
BEGIN SELECT RAISE(ABORT, 'handoff records are append-only'); END;
CREATE TRIGGER handoffs_append_only_delete BEFORE DELETE ON handoffs
BEGIN SELECT RAISE(ABORT, 'handoff records are append-only'); END;

CREATE TABLE definition_proposal_sources (
  proposal_id INTEGER NOT NULL REFERENCES definition_versions(id),
  draft_id    INTEGER NOT NULL REFERENCES definition_versions(id),
  PRIMARY KEY (proposal_id, draft_id)
);

CREATE TABLE reevaluations (
  id                INTEGER PRIMARY KEY,
  definition_number INTEGER NOT NULL,
  ran_at            INTEGER NOT NULL,
  run_by            INTEGER REFERENCES users(id),
  evaluated         INTEGER NOT NULL,
  handed_over       INTEGER NOT NULL
);

ALTER TABLE leads ADD COLUMN last_event_at INTEGER;
UPDATE leads SET last_event_at = (SELECT max(occurred_at) FROM events WHERE events.lead_id = leads.id);
)sql";

// Version 4: each distinct event detail once, and the events index carrying what a whole-file pass
// reads (type and detail id), so that scoring every lead's history never leaves the index.
// events.detail stays the record (readable by any tool); detail_id names the same text in
// event_details. Baton's writers give both; the triggers keep them in step for any other writer.
constexpr std::string_view migration4 = R"sql(
CREATE TABLE event_details (
  id   INTEGER PRIMARY KEY,
  text TEXT NOT NULL UNIQUE
);
ALTER TABLE events ADD COLUMN detail_id INTEGER REFERENCES event_details(id);
INSERT INTO event_details (text) SELECT DISTINCT detail FROM events WHERE detail IS NOT NULL ORDER BY detail;
UPDATE events SET detail_id = (SELECT d.id FROM event_details d WHERE d.text = events.detail)
  WHERE detail IS NOT NULL;
DROP INDEX events_lead;
CREATE INDEX events_lead ON events(lead_id, occurred_at, id, type, detail_id);
CREATE TRIGGER events_detail_on_insert AFTER INSERT ON events
  WHEN NEW.detail IS NOT NULL AND NEW.detail_id IS NULL
BEGIN
  INSERT INTO event_details (text) VALUES (NEW.detail) ON CONFLICT (text) DO NOTHING;
  UPDATE events SET detail_id = (SELECT d.id FROM event_details d WHERE d.text = NEW.detail)
    WHERE id = NEW.id;
END;
CREATE TRIGGER events_detail_on_update AFTER UPDATE OF detail ON events
BEGIN
  INSERT INTO event_details (text) SELECT NEW.detail WHERE NEW.detail IS NOT NULL
    ON CONFLICT (text) DO NOTHING;
  UPDATE events SET detail_id = (SELECT d.id FROM event_details d WHERE d.text = NEW.detail)
    WHERE id = NEW.id;
END;
)sql";

// Version 5: routing and the response SLA. The routing configuration is one document (teams'
// calendars and escalation paths, availability, pools, rules); every routing decision is kept
// with its reason; each handoff gets its SLA clock, and every escalation step is recorded.
constexpr std::string_view migration5 = R"sql(
CREATE TABLE routing_config (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  body       TEXT NOT NULL,
  version    INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES users(id)
);

-- Each pool's smooth round-robin credits: whose turn is next.
CREATE TABLE routing_credits (
  pool    TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id),
  credit  INTEGER NOT NULL,
  PRIMARY KEY (pool, user_id)
) WITHOUT ROWID;

CREATE TABLE routing_decisions (
  id                INTEGER PRIMARY KEY,
  lead_id           INTEGER NOT NULL REFERENCES leads(id),
  handoff_id        INTEGER REFERENCES handoffs(id),
  decided_at        INTEGER NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('route', 'reroute', 'reassign', 'escalation')),
  assignee_id       INTEGER REFERENCES users(id),
  previous_owner_id INTEGER REFERENCES users(id),
  rule_name         TEXT,
  rule_position     INTEGER,
  reason            TEXT NOT NULL,
  decided_by        INTEGER REFERENCES users(id)
);
CREATE INDEX routing_decisions_lead ON routing_decisions(lead_id, id);
-- Who got how many leads lately (daily caps): the last two days' decisions.
CREATE INDEX routing_decisions_time ON routing_decisions(decided_at);
CREATE TRIGGER routing_decisions_append_only_update BEFORE UPDATE ON routing_decisions
BEGIN SELECT RAISE(ABORT, 'routing decisions are append-only'); END;
CREATE TRIGGER routing_decisions_append_only_delete BEFORE DELETE ON routing_decisions
BEGIN SELECT RAISE(ABORT, 'routing decisions are append-only'); END;

-- A company's owner is the owner of its latest lead with sales, read from the index alone.
CREATE INDEX leads_domain_owner ON leads(company_domain, handoff_at, owner_id, stage) WHERE owner_id IS NOT NULL;

CREATE TABLE sla_clocks (
  handoff_id        INTEGER PRIMARY KEY REFERENCES handoffs(id),
  lead_id           INTEGER NOT NULL REFERENCES leads(id),
  tier              TEXT NOT NULL,
  window_minutes    INTEGER NOT NULL CHECK (window_minutes >= 0),
  started_at        INTEGER NOT NULL,
  due_at            INTEGER,
  assigned_at       INTEGER,
  owner_id          INTEGER REFERENCES users(id),
  first_contact_at  INTEGER,
  first_contact_id  INTEGER REFERENCES activities(id),
  closed_at         INTEGER
);
CREATE INDEX sla_clocks_lead ON sla_clocks(lead_id, handoff_id);
-- The clocks still running, by due time: what sla-check and the alerts read.
CREATE INDEX sla_clocks_running ON sla_clocks(due_at) WHERE first_contact_at IS NULL AND closed_at IS NULL;
CREATE INDEX sla_clocks_running_owner ON sla_clocks(owner_id, due_at)
  WHERE first_contact_at IS NULL AND closed_at IS NULL;

CREATE TABLE escalations (
  id           INTEGER PRIMARY KEY,
  handoff_id   INTEGER NOT NULL REFERENCES sla_clocks(handoff_id),
  lead_id      INTEGER NOT NULL REFERENCES leads(id),
  step         TEXT NOT NULL CHECK (step IN ('warn', 'breach', 'reassign')),
  at           INTEGER NOT NULL,
  owner_id     INTEGER REFERENCES users(id),
  manager_id   INTEGER REFERENCES users(id),
  new_owner_id INTEGER REFERENCES users(id),
  detail       TEXT NOT NULL,
  UNIQUE (handoff_id, step)
);
CREATE INDEX escalations_time ON escalations(at);
CREATE INDEX escalations_owner ON escalations(owner_id, at);

-- The queue, most urgent first: leads whose clock runs by their due time, then the rest by
-- handoff. sla_due_at is the running clock's due time (none once it stopped); queue_rank puts
-- both in one key, so a queue pages through one index in order.
ALTER TABLE leads ADD COLUMN sla_due_at INTEGER;
ALTER TABLE leads ADD COLUMN queue_rank INTEGER
  GENERATED ALWAYS AS (coalesce(sla_due_at, handoff_at + 4398046511104)) VIRTUAL;
CREATE INDEX leads_queue_urgency ON leads(owner_id, queue_rank, id) WHERE stage IN ('mql', 'sal');
CREATE INDEX leads_open_urgency ON leads(queue_rank, id) WHERE stage IN ('mql', 'sal');
-- They take the place of the queue indexes by handoff time: one index fewer to keep on every write.
DROP INDEX leads_queue;
DROP INDEX leads_open;
)sql";

// Version 6: the feedback loop. Each handoff keeps what the feedback reports group by (its
// campaign, which rules gave its points) and what sales made of it (accepted, then converted,
// rejected, disqualified or recycled, with the reason); each rejection and disqualification
// gets marketing's review; a lead has one comment thread both teams read; a conversion keeps
// the answers to the qualification checklist, and the opportunity its expected close and
// whether it was won; a stage moved on without any meaningful contact is marked.
constexpr std::string_view migration6 = R"sql(
-- The rules that gave points, each a bit of handoffs.rule_mask (at most 63 in a file).
CREATE TABLE score_rules (
  bit  INTEGER PRIMARY KEY CHECK (bit BETWEEN 0 AND 62),
  key  TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
);

ALTER TABLE handoffs ADD COLUMN campaign_id INTEGER REFERENCES campaigns(id);
ALTER TABLE handoffs ADD COLUMN rule_mask INTEGER NOT NULL DEFAULT 0;
ALTER TABLE handoffs ADD COLUMN top_rule INTEGER;
ALTER TABLE handoffs ADD COLUMN total_score INTEGER GENERATED ALWAYS AS (fit_score + engagement_score) VIRTUAL;
ALTER TABLE handoffs ADD COLUMN accepted_at INTEGER;
ALTER TABLE handoffs ADD COLUMN outcome TEXT
  CHECK (outcome IN ('accepted', 'converted', 'rejected', 'disqualified', 'recycled'));
ALTER TABLE handoffs ADD COLUMN outcome_reason TEXT;
ALTER TABLE handoffs ADD COLUMN outcome_at INTEGER;

-- What a handoff was stays as it was; only what sales made of it is written later.
DROP TRIGGER handoffs_append_only_update;
UPDATE handoffs SET campaign_id = (SELECT campaign_id FROM leads WHERE leads.id = handoffs.lead_id);
WITH windows AS (
  SELECT id, lead_id, handed_over_at AS start,
         lead(handed_over_at) OVER (PARTITION BY lead_id ORDER BY handed_over_at, id) AS stop
  FROM handoffs),
moves AS (
  SELECT w.id AS handoff_id,
         min(CASE WHEN s.to_stage = 'sal' THEN s.changed_at END) AS accepted_at,
         max(CASE WHEN s.from_stage IN ('mql', 'sal') THEN s.id END) AS last_move
  FROM windows w JOIN stage_changes s ON s.lead_id = w.lead_id AND s.changed_at >= w.start
       AND (w.stop IS NULL OR s.changed_at < w.stop)
  GROUP BY w.id)
UPDATE handoffs SET accepted_at = moves.accepted_at,
  outcome = CASE last.to_stage WHEN 'sal' THEN 'accepted' WHEN 'sql' THEN 'converted' ELSE last.to_stage END,
  outcome_reason = last.reason_code, outcome_at = last.changed_at
FROM moves LEFT JOIN stage_changes last ON last.id = moves.last_move
WHERE handoffs.id = moves.handoff_id AND moves.last_move IS NOT NULL;
CREATE TRIGGER handoffs_append_only_update BEFORE UPDATE OF id, lead_id, handed_over_at,
  definition_number, trigger, fit_score, engagement_score, fast_track, signal_event_id,
  completeness, missing_fields, campaign_id, rule_mask, top_rule ON handoffs
BEGIN SELECT RAISE(ABORT, 'handoff records are append-only: only what sales made of one is added'); END;
-- The feedback reports: a period's handoffs read from the index alone.
CREATE INDEX handoffs_feedback ON handoffs(handed_over_at, campaign_id, total_score, rule_mask, top_rule,
  accepted_at, outcome, outcome_reason);

-- A move on from mql or sal with no meaningful contact behind it ("contacted" with nothing).
ALTER TABLE stage_changes ADD COLUMN without_contact INTEGER NOT NULL DEFAULT 0
  CHECK (without_contact IN (0, 1));
ALTER TABLE leads ADD COLUMN moved_without_contact INTEGER NOT NULL DEFAULT 0
  CHECK (moved_without_contact IN (0, 1));
DROP TRIGGER stage_changes_append_only_update;
UPDATE stage_changes SET without_contact = 1
WHERE ((from_stage = 'mql' AND to_stage = 'sal') OR (from_stage = 'sal' AND to_stage IN ('sql', 'disqualified')))
  AND EXISTS (SELECT 1 FROM sla_clocks c WHERE c.lead_id = stage_changes.lead_id
              AND c.started_at <= stage_changes.changed_at
              AND (c.first_contact_at IS NULL OR c.first_contact_at > stage_changes.changed_at)
              AND c.handoff_id = (SELECT max(c2.handoff_id) FROM sla_clocks c2
                                  WHERE c2.lead_id = stage_changes.lead_id
                                    AND c2.started_at <= stage_changes.changed_at));
CREATE TRIGGER stage_changes_append_only_update BEFORE UPDATE ON stage_changes
BEGIN SELECT RAISE(ABORT, 'stage history is append-only'); END;
CREATE INDEX stage_changes_without_contact ON stage_changes(changed_at, user_id) WHERE without_contact = 1;
UPDATE leads SET moved_without_contact = 1
WHERE stage IN ('sal', 'sql', 'disqualified')
  AND (SELECT s.without_contact FROM stage_changes s WHERE s.lead_id = leads.id ORDER BY s.id DESC LIMIT 1) = 1;

-- Marketing's review of each rejection and disqualification.
CREATE TABLE rejection_reviews (
  id              INTEGER PRIMARY KEY,
  stage_change_id INTEGER NOT NULL UNIQUE REFERENCES stage_changes(id),
  lead_id         INTEGER NOT NULL REFERENCES leads(id),
  handoff_id      INTEGER REFERENCES handoffs(id),
  stage           TEXT NOT NULL CHECK (stage IN ('rejected', 'disqualified')),
  reason_code     TEXT NOT NULL,
  rejected_at     INTEGER NOT NULL,
  rejected_by     INTEGER REFERENCES users(id),
  campaign_id     INTEGER REFERENCES campaigns(id),
  total_score     INTEGER,
  status          TEXT NOT NULL DEFAULT 'open'
                  CHECK (status IN ('open', 'acknowledged', 'disputed', 'upheld', 'reopened', 'recycled')),
  status_at       INTEGER,
  status_by       INTEGER REFERENCES users(id),
  version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX rejection_reviews_time ON rejection_reviews(rejected_at, stage, reason_code, campaign_id,
  total_score, rejected_by, status);
CREATE INDEX rejection_reviews_lead ON rejection_reviews(lead_id, id);
INSERT INTO rejection_reviews (stage_change_id, lead_id, handoff_id, stage, reason_code, rejected_at,
                               rejected_by, campaign_id, total_score)
SELECT s.id, s.lead_id, h.id, s.to_stage, coalesce(s.reason_code, 'other'), s.changed_at, s.user_id,
       l.campaign_id, h.fit_score + h.engagement_score
FROM stage_changes s JOIN leads l ON l.id = s.lead_id
LEFT JOIN handoffs h ON h.id = (SELECT max(h2.id) FROM handoffs h2 WHERE h2.lead_id = s.lead_id
                                 AND h2.handed_over_at <= s.changed_at)
WHERE s.to_stage IN ('rejected', 'disqualified');

-- One thread per lead, both teams': comments and every review step with its words.
CREATE TABLE lead_comments (
  id         INTEGER PRIMARY KEY,
  lead_id    INTEGER NOT NULL REFERENCES leads(id),
  review_id  INTEGER REFERENCES rejection_reviews(id),
  written_at INTEGER NOT NULL,
  author_id  INTEGER NOT NULL REFERENCES users(id),
  kind       TEXT NOT NULL
             CHECK (kind IN ('comment', 'acknowledged', 'disputed', 'upheld', 'reopened', 'recycled')),
  body       TEXT NOT NULL
);
CREATE INDEX lead_comments_lead ON lead_comments(lead_id, id);
CREATE TRIGGER lead_comments_append_only_update BEFORE UPDATE ON lead_comments
BEGIN SELECT RAISE(ABORT, 'comments are append-only'); END;
CREATE TRIGGER lead_comments_append_only_delete BEFORE DELETE ON lead_comments
BEGIN SELECT RAISE(ABORT, 'comments are append-only'); END;

-- The qualification checklist as answered when the lead became an opportunity.
CREATE TABLE qualification_answers (
  lead_id      INTEGER NOT NULL REFERENCES leads(id),
  criterion_id TEXT NOT NULL,
  criterion    TEXT NOT NULL,
  required     INTEGER NOT NULL CHECK (required IN (0, 1)),
  answer       TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'unknown')),
  note         TEXT,
  answered_at  INTEGER NOT NULL,
  answered_by  INTEGER REFERENCES users(id),
  PRIMARY KEY (lead_id, criterion_id)
) WITHOUT ROWID;

ALTER TABLE opportunities ADD COLUMN expected_close TEXT;
ALTER TABLE opportunities ADD COLUMN result TEXT CHECK (result IN ('won', 'lost'));
ALTER TABLE opportunities ADD COLUMN result_reason TEXT;
ALTER TABLE opportunities ADD COLUMN closed_at INTEGER;
ALTER TABLE opportunities ADD COLUMN closed_by INTEGER REFERENCES users(id);
)sql";

// Version 7: the opportunities list. A queue of converted leads pages through its own small
// indexes in queue order, as My queue does through the open leads' ones.
constexpr std::string_view migration7 = R"sql(
CREATE INDEX leads_opportunities ON leads(owner_id, queue_rank, id) WHERE stage = 'sql';
CREATE INDEX leads_all_opportunities ON leads(queue_rank, id) WHERE stage = 'sql';
)sql";

// Version 8: the joint review's meeting. Decisions and action items, each for the week (the
// Monday it starts on, in the team's time zone) and, when one prompted it, the metric by its key.
// An action item carries over to later weeks until it is done or dropped; its status is checked
// against the version read, as a rejection review's is.
constexpr std::string_view migration8 = R"sql(
CREATE TABLE review_decisions (
  id                    INTEGER PRIMARY KEY,
  week_start            TEXT NOT NULL,
  metric                TEXT,
  text                  TEXT NOT NULL CHECK (length(trim(text)) > 0),
  decided_at            INTEGER NOT NULL,
  decided_by            INTEGER NOT NULL REFERENCES users(id),
  definition_version_id INTEGER REFERENCES definition_versions(id)
);
CREATE INDEX review_decisions_week ON review_decisions(week_start, id);

CREATE TABLE action_items (
  id          INTEGER PRIMARY KEY,
  week_start  TEXT NOT NULL,
  metric      TEXT,
  decision_id INTEGER REFERENCES review_decisions(id),
  title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
  owner_id    INTEGER NOT NULL REFERENCES users(id),
  due_on      TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
  created_at  INTEGER NOT NULL,
  created_by  INTEGER NOT NULL REFERENCES users(id),
  status_at   INTEGER,
  status_by   INTEGER REFERENCES users(id),
  version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX action_items_week ON action_items(week_start, id);
CREATE INDEX action_items_open ON action_items(due_on, id) WHERE status IN ('open', 'in_progress');
)sql";

// Version 9: the joint review reads a period's handoffs from the feedback index alone, so it
// carries what the review counts besides: completeness, when the outcome came, and the lead.
constexpr std::string_view migration9 = R"sql(
DROP INDEX handoffs_feedback;
CREATE INDEX handoffs_feedback ON handoffs(handed_over_at, campaign_id, total_score, rule_mask, top_rule,
  accepted_at, outcome, outcome_reason, completeness, outcome_at, lead_id);
)sql";

// Version 10: routing counts each person's new leads of the last two days from the time index
// alone, so it carries the assignee.
constexpr std::string_view migration10 = R"sql(
DROP INDEX routing_decisions_time;
CREATE INDEX routing_decisions_time ON routing_decisions(decided_at, assignee_id);
)sql";

// Version 11: who has the file open in the desktop app, one row per running app, kept fresh by
// its heartbeat.
constexpr std::string_view migration11 = R"sql(
CREATE TABLE presence (
  host         TEXT NOT NULL,
  pid          INTEGER NOT NULL,
  user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  heartbeat_at INTEGER NOT NULL,
  PRIMARY KEY (host, pid)
);
)sql";

// Version 12: the audit log. Every change a person makes, and every run Baton makes on its own
// (routing, escalation, scoring, imports), with who, when, from where, what, and the state before
// and after as JSON. Append-only.
constexpr std::string_view migration12 = R"sql(
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         INTEGER NOT NULL,
  user_id    INTEGER REFERENCES users(id),
  origin     TEXT NOT NULL,
  subject    TEXT NOT NULL,
  subject_id INTEGER,
  action     TEXT NOT NULL,
  summary    TEXT NOT NULL,
  before     TEXT,
  after      TEXT
);
CREATE INDEX audit_log_subject ON audit_log(subject, subject_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql";

// Version 13: a company's owner is found through its leads in handoff order, an index that does
// not hold the owner, so routing a lead no longer rewrites an entry of it; the owner is read from
// the lead found.
constexpr std::string_view migration13 = R"sql(
DROP INDEX leads_domain_owner;
CREATE INDEX leads_domain_handoff ON leads(company_domain, handoff_at, stage) WHERE handoff_at IS NOT NULL;
)sql";

// Version 14 has no SQL of its own: the tables' CHECK lists are written as ORs
// (CheckListRewrite), which SQLite tests without building a table on every insert.
constexpr std::string_view migration14;

constexpr std::array<std::string_view, 14> migrations{
    migration1, migration2, migration3,  migration4,  migration5,  migration6,  migration7,
    migration8, migration9, migration10, migration11, migration12, migration13, migration14};

} // namespace

int Schema::currentVersion()
{
    return static_cast<int>(migrations.size());
}

Result<void> Schema::migrate(Database &db)
{
    return migrateTo(db, currentVersion());
}

Result<void> Schema::migrateTo(Database &db, int target)
{
    auto version = db.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    if (*version > currentVersion()) {
        return makeError(ErrorKind::NewerSchema,
                         QStringLiteral("This file was written by a newer Baton (file format %1; this "
                                        "Baton reads up to %2). Update Baton to open it.")
                             .arg(*version)
                             .arg(currentVersion()));
    }
    for (qint64 step = *version + 1; step <= std::min(target, currentVersion()); ++step) {
        auto transaction = Transaction::begin(db);
        if (!transaction)
            return transaction.error();
        if (step == 1) {
            BATON_TRY(db.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId).toStdString()));
        }
        BATON_TRY(db.exec(migrations[static_cast<size_t>(step - 1)]));
        if (step == 14)
            BATON_TRY(CheckListRewrite::apply(db));
        BATON_TRY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step).toStdString()));
        BATON_TRY(transaction->commit());
    }
    return {};
}

} // namespace baton
