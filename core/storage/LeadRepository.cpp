#include "storage/LeadRepository.h"

#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/HandoffRepository.h"
#include "storage/LeadRow.h"
#include "storage/ReviewRepository.h"
#include "storage/UserRepository.h"

#include <unordered_map>

namespace baton {
namespace {

const std::string selectLead = "SELECT " + std::string(LeadRow::columns) + " FROM leads l ";

Lead readLead(const Statement &s)
{
    return LeadRow::read(s);
}

Error unknownLead(qint64 id)
{
    return makeError(
        ErrorKind::NotFound,
        QStringLiteral("There is no lead %1. `batonctl lead list` shows the leads there are.").arg(id));
}

Error conflict(qint64 id)
{
    return makeError(ErrorKind::Conflict,
                     QStringLiteral("Lead %1 was changed by someone else after you opened it. Nothing of "
                                    "yours was saved; look at the lead again and redo the change if it "
                                    "still applies.")
                         .arg(id));
}

template<typename T, typename ReadRow>
Result<std::vector<T>> collect(Statement &statement, ReadRow read)
{
    std::vector<T> items;
    for (;;) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        items.push_back(read(statement));
    }
    statement.reset();
    return items;
}

} // namespace

Result<Lead> LeadRepository::find(qint64 id)
{
    auto statement = m_db.cached(selectLead + "WHERE id = ?1");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, id);
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    if (!*row)
        return unknownLead(id);
    Lead lead = readLead(**statement);
    (*statement)->reset();
    return lead;
}

Result<std::vector<Lead>> LeadRepository::list(std::optional<Stage> stage, std::optional<qint64> ownerId,
                                               int limit)
{
    std::string sql(selectLead);
    sql += "WHERE 1 = 1";
    if (stage)
        sql += " AND stage = ?1";
    if (ownerId)
        sql += " AND owner_id = ?2";
    sql += " ORDER BY id DESC LIMIT ?3";
    auto statement = m_db.cached(sql);
    if (!statement)
        return statement.error();
    if (stage)
        (*statement)->bind(1, stageName(*stage));
    if (ownerId)
        (*statement)->bind(2, *ownerId);
    (*statement)->bind(3, limit);
    return collect<Lead>(**statement, readLead);
}

Result<std::vector<EngagementEvent>> LeadRepository::events(qint64 leadId)
{
    auto statement = m_db.cached("SELECT id, lead_id, type, occurred_at, detail, campaign_id FROM events "
                                 "WHERE lead_id = ?1 ORDER BY occurred_at, id");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, leadId);
    return collect<EngagementEvent>(**statement, [](const Statement &s) {
        return EngagementEvent{
            s.int64(0),    s.int64(1), eventTypeFromName(s.text(2)).value_or(EventType::PageView),
            s.dateTime(3), s.text(4),  s.optionalInt64(5)};
    });
}

Result<std::vector<StageChange>> LeadRepository::history(qint64 leadId)
{
    auto statement =
        m_db.cached("SELECT h.id, h.lead_id, h.from_stage, h.to_stage, h.changed_at, h.user_id, u.name, "
                    "h.reason_code, h.note, h.without_contact FROM stage_changes h "
                    "LEFT JOIN users u ON u.id = h.user_id "
                    "WHERE h.lead_id = ?1 ORDER BY h.id");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, leadId);
    return collect<StageChange>(**statement, [](const Statement &s) {
        StageChange change;
        change.id = s.int64(0);
        change.leadId = s.int64(1);
        if (!s.isNull(2))
            change.from = stageFromName(s.text(2));
        change.to = stageFromName(s.text(3)).value_or(Stage::Nurture);
        change.changedAt = s.dateTime(4);
        change.userId = s.optionalInt64(5);
        change.userName = s.text(6);
        change.reasonCode = s.text(7);
        change.note = s.text(8);
        change.withoutContact = s.int64(9) != 0;
        return change;
    });
}

Result<std::vector<Activity>> LeadRepository::activities(qint64 leadId)
{
    auto statement =
        m_db.cached("SELECT a.id, a.lead_id, a.type, a.outcome, a.occurred_at, a.user_id, u.name, a.note "
                    "FROM activities a LEFT JOIN users u ON u.id = a.user_id WHERE a.lead_id = ?1 "
                    "ORDER BY a.occurred_at DESC, a.id DESC");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, leadId);
    return collect<Activity>(**statement, [](const Statement &s) {
        Activity activity;
        activity.id = s.int64(0);
        activity.leadId = s.int64(1);
        activity.type = activityTypeFromName(s.text(2)).value_or(ActivityType::Note);
        activity.outcome = s.text(3);
        activity.occurredAt = s.dateTime(4);
        activity.userId = s.optionalInt64(5);
        activity.userName = s.text(6);
        activity.note = s.text(7);
        return activity;
    });
}

Result<std::optional<Opportunity>> LeadRepository::opportunity(qint64 leadId)
{
    auto statement = m_db.cached(
        "SELECT lead_id, value_cents, note, created_at, created_by FROM opportunities WHERE lead_id = ?1");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, leadId);
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Opportunity>{};
    const Statement &s = **statement;
    std::optional<Opportunity> found =
        Opportunity{s.int64(0), s.int64(1), s.text(2), s.dateTime(3), s.optionalInt64(4)};
    (*statement)->reset();
    return found;
}

Result<bool> LeadRepository::movedWithoutContact(qint64 leadId)
{
    auto statement = m_db.cached("SELECT moved_without_contact FROM leads WHERE id = ?1");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, leadId);
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    if (!*row)
        return unknownLead(leadId);
    const bool moved = (*statement)->int64(0) != 0;
    (*statement)->reset();
    return moved;
}

Result<LeadCard> LeadRepository::card(qint64 id)
{
    LeadCard card;
    auto lead = find(id);
    if (!lead)
        return lead.error();
    card.lead = std::move(lead).value();
    if (card.lead.ownerId) {
        auto owner = UserRepository(m_db).find(*card.lead.ownerId);
        if (owner)
            card.owner = std::move(owner).value();
    }
    CampaignRepository campaigns(m_db);
    std::unordered_map<qint64, QString> campaignNames;
    auto campaignName = [&](qint64 campaignId) -> QString {
        auto known = campaignNames.find(campaignId);
        if (known != campaignNames.end())
            return known->second;
        auto campaign = campaigns.find(campaignId);
        QString name = campaign ? campaign->name : QString();
        campaignNames.emplace(campaignId, name);
        return name;
    };
    if (card.lead.campaignId) {
        auto campaign = campaigns.find(*card.lead.campaignId);
        if (campaign)
            card.campaign = std::move(campaign).value();
    }
    auto events = this->events(id);
    if (!events)
        return events.error();
    card.story = EngagementStory::fromEvents(*events, campaignName);
    auto history = this->history(id);
    if (!history)
        return history.error();
    card.history = std::move(history).value();
    auto activities = this->activities(id);
    if (!activities)
        return activities.error();
    card.activities = std::move(activities).value();
    auto handoff = HandoffRepository(m_db).latest(id);
    if (!handoff)
        return handoff.error();
    card.handoff = std::move(handoff).value();
    auto opportunity = this->opportunity(id);
    if (!opportunity)
        return opportunity.error();
    card.opportunity = std::move(opportunity).value();
    return card;
}

Result<qint64> LeadRepository::insert(const Lead &lead)
{
    auto statement = m_db.cached(
        "INSERT INTO leads (name, email, phone, title, seniority, company_name, company_domain, industry, "
        "employees, annual_revenue, country, region, campaign_id, created_at, stage, owner_id, "
        "handoff_at, revisit_on, stage_changed_at, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
        "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?14, 1)");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, lead.person.name);
    s.bind(2, lead.person.email);
    s.bind(3, lead.person.phone);
    s.bind(4, lead.person.title);
    s.bind(5, lead.person.seniority);
    s.bind(6, lead.company.name);
    s.bind(7, lead.company.domain);
    s.bind(8, lead.company.industry);
    s.bind(9, lead.company.employees);
    s.bind(10, lead.company.annualRevenue);
    s.bind(11, lead.company.country);
    s.bind(12, lead.company.region);
    s.bind(13, lead.campaignId);
    s.bind(14, lead.createdAt);
    s.bind(15, stageName(lead.stage));
    s.bind(16, lead.ownerId);
    s.bind(17, lead.handoffAt.value_or(QDateTime()));
    s.bind(18, lead.revisitOn ? lead.revisitOn->toString(Qt::ISODate) : QString());
    BATON_TRY(s.run());
    const qint64 id = m_db.lastInsertId();

    auto created = m_db.cached("INSERT INTO stage_changes (lead_id, from_stage, to_stage, changed_at) "
                               "VALUES (?1, NULL, ?2, ?3)");
    if (!created)
        return created.error();
    (*created)->bind(1, id);
    (*created)->bind(2, stageName(lead.stage));
    (*created)->bind(3, lead.createdAt);
    BATON_TRY((*created)->run());
    return id;
}

Result<std::optional<qint64>> LeadRepository::detailId(const QString &detail)
{
    if (detail.isNull())
        return std::optional<qint64>();
    auto insert = m_db.cached("INSERT INTO event_details (text) VALUES (?1) ON CONFLICT (text) DO NOTHING");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, detail);
    BATON_TRY((*insert)->run());
    auto find = m_db.cached("SELECT id FROM event_details WHERE text = ?1");
    if (!find)
        return find.error();
    (*find)->bind(1, detail);
    auto row = (*find)->step();
    if (!row)
        return row.error();
    std::optional<qint64> id;
    if (*row)
        id = (*find)->int64(0);
    (*find)->reset();
    return id;
}

Result<qint64> LeadRepository::insertEvent(const EngagementEvent &event)
{
    auto detail = detailId(event.detail);
    if (!detail)
        return detail.error();
    auto statement =
        m_db.cached("INSERT INTO events (lead_id, type, occurred_at, detail, campaign_id, detail_id) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, event.leadId);
    s.bind(2, eventTypeName(event.type));
    s.bind(3, event.occurredAt);
    s.bind(4, event.detail);
    s.bind(5, event.campaignId);
    s.bind(6, *detail);
    BATON_TRY(s.run());
    const qint64 id = m_db.lastInsertId();

    auto latest = m_db.cached("UPDATE leads SET last_event_at = ?1 WHERE id = ?2 "
                              "AND (last_event_at IS NULL OR last_event_at < ?1)");
    if (!latest)
        return latest.error();
    (*latest)->bind(1, event.occurredAt);
    (*latest)->bind(2, event.leadId);
    BATON_TRY((*latest)->run());
    return id;
}

Result<qint64> LeadRepository::insertActivity(const Activity &activity)
{
    auto statement =
        m_db.cached("INSERT INTO activities (lead_id, type, outcome, occurred_at, user_id, note) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, activity.leadId);
    s.bind(2, activityTypeName(activity.type));
    s.bind(3, activity.outcome);
    s.bind(4, activity.occurredAt);
    s.bind(5, activity.userId);
    s.bind(6, activity.note);
    BATON_TRY(s.run());
    return m_db.lastInsertId();
}

Result<void> LeadRepository::insertOpportunity(const Opportunity &opportunity)
{
    auto statement = m_db.cached("INSERT INTO opportunities (lead_id, value_cents, note, created_at, "
                                 "created_by) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, opportunity.leadId);
    s.bind(2, opportunity.valueCents);
    s.bind(3, opportunity.note);
    s.bind(4, opportunity.createdAt);
    s.bind(5, opportunity.createdBy);
    return s.run();
}

Result<void> LeadRepository::applyStageChange(const StageChange &change, qint64 expectedVersion,
                                              std::optional<qint64> ownerId,
                                              const std::optional<QDateTime> &handoffAt,
                                              std::optional<QDate> revisitOn,
                                              const std::optional<QDateTime> &slaDueAt)
{
    auto update =
        m_db.cached("UPDATE leads SET stage = ?1, stage_changed_at = ?2, version = version + 1, "
                    "owner_id = CASE WHEN ?3 THEN ?4 ELSE owner_id END, "
                    "handoff_at = CASE WHEN ?5 THEN ?6 ELSE handoff_at END, "
                    "revisit_on = CASE WHEN ?7 THEN ?8 ELSE revisit_on END, "
                    "sla_due_at = CASE WHEN ?5 OR ?1 NOT IN ('mql', 'sal') THEN ?11 ELSE sla_due_at END, "
                    "moved_without_contact = ?12 "
                    "WHERE id = ?9 AND version = ?10");
    if (!update)
        return update.error();
    Statement &u = **update;
    u.bind(1, stageName(change.to));
    u.bind(2, change.changedAt);
    u.bind(3, qint64{ownerId.has_value()});
    u.bind(4, ownerId);
    u.bind(5, qint64{handoffAt.has_value()});
    u.bind(6, handoffAt.value_or(QDateTime()));
    u.bind(7, qint64{revisitOn.has_value()});
    u.bind(8, revisitOn ? revisitOn->toString(Qt::ISODate) : QString());
    u.bind(9, change.leadId);
    u.bind(10, expectedVersion);
    if (slaDueAt)
        u.bind(11, *slaDueAt);
    else
        u.bindNull(11);
    u.bind(12, qint64{change.withoutContact});
    BATON_TRY(u.run());
    if (m_db.changes() == 0) {
        auto exists = find(change.leadId);
        return exists ? conflict(change.leadId) : exists.error();
    }

    auto insert = m_db.cached("INSERT INTO stage_changes (lead_id, from_stage, to_stage, changed_at, "
                              "user_id, reason_code, note, without_contact) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert)
        return insert.error();
    Statement &s = **insert;
    s.bind(1, change.leadId);
    s.bind(2, change.from ? stageName(*change.from) : QString());
    s.bind(3, stageName(change.to));
    s.bind(4, change.changedAt);
    s.bind(5, change.userId);
    s.bind(6, change.reasonCode.isEmpty() ? QString() : change.reasonCode);
    s.bind(7, change.note.isEmpty() ? QString() : change.note);
    s.bind(8, qint64{change.withoutContact});
    BATON_TRY(s.run());
    StageChange stored = change;
    stored.id = m_db.lastInsertId();
    // What sales made of the handoff, and marketing's review of a rejection, move with it.
    BATON_TRY(HandoffRepository(m_db).recordOutcome(stored));
    if (change.to == Stage::Rejected || change.to == Stage::Disqualified)
        BATON_TRY(ReviewRepository(m_db).open(stored));
    return {};
}

Result<void> LeadRepository::clearMovedWithoutContact(qint64 leadId)
{
    auto update =
        m_db.cached("UPDATE leads SET moved_without_contact = 0 WHERE id = ?1 AND moved_without_contact = 1");
    if (!update)
        return update.error();
    (*update)->bind(1, leadId);
    return (*update)->run();
}

Result<void> LeadRepository::touch(qint64 leadId, qint64 expectedVersion)
{
    auto update = m_db.cached("UPDATE leads SET version = version + 1 WHERE id = ?1 AND version = ?2");
    if (!update)
        return update.error();
    (*update)->bind(1, leadId);
    (*update)->bind(2, expectedVersion);
    BATON_TRY((*update)->run());
    if (m_db.changes() == 0) {
        auto exists = find(leadId);
        return exists ? conflict(leadId) : exists.error();
    }
    return {};
}

Result<void> LeadRepository::setOwner(qint64 leadId, std::optional<qint64> ownerId,
                                      std::optional<qint64> expectedVersion)
{
    auto update = m_db.cached("UPDATE leads SET owner_id = ?2, version = version + 1 WHERE id = ?1 "
                              "AND (?3 IS NULL OR version = ?3)");
    if (!update)
        return update.error();
    (*update)->bind(1, leadId);
    (*update)->bind(2, ownerId);
    (*update)->bind(3, expectedVersion);
    BATON_TRY((*update)->run());
    if (m_db.changes() == 0) {
        auto exists = find(leadId);
        return exists ? conflict(leadId) : exists.error();
    }
    return {};
}

} // namespace baton
