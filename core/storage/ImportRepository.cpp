#include "storage/ImportRepository.h"

#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/LeadRow.h"
#include "storage/Time.h"

#include <array>

namespace baton {

Result<Statement *> ImportRepository::statement(std::optional<Statement> &slot, std::string_view sql)
{
    if (!slot) {
        auto prepared = m_db.prepare(sql);
        if (!prepared)
            return prepared.error();
        slot.emplace(std::move(prepared).value());
    } else {
        slot->reset();
    }
    return &*slot;
}

Result<std::optional<ImportRepository::StoredLead>> ImportRepository::findByEmail(std::string_view email)
{
    static const std::string sql = "SELECT " + std::string(LeadRow::columns) +
                                   ", l.stage_changed_at, l.last_event_at IS NOT NULL FROM leads l "
                                   "WHERE l.email = ?1 ORDER BY l.id LIMIT 1";
    auto s = statement(m_find, sql);
    if (!s)
        return s.error();
    Statement &find = **s;
    find.bindStatic(1, email);
    auto row = find.step();
    if (!row)
        return row.error();
    std::optional<StoredLead> stored;
    if (*row) {
        stored.emplace();
        LeadRow::readInto(find, 0, stored->lead);
        stored->stageSince = fromStored(find.int64(LeadRow::columnCount));
        stored->hasEvents = find.int64(LeadRow::columnCount + 1) != 0;
    }
    find.reset();
    return stored;
}

Result<void> ImportRepository::updateLead(const Lead &lead)
{
    auto s = m_db.cached(
        "UPDATE leads SET name = ?1, phone = ?2, title = ?3, seniority = ?4, company_name = ?5, "
        "company_domain = ?6, industry = ?7, employees = ?8, annual_revenue = ?9, country = ?10, "
        "region = ?11, campaign_id = ?12, version = version + 1 WHERE id = ?13 AND version = ?14");
    if (!s)
        return s.error();
    Statement &u = **s;
    u.bind(1, lead.person.name);
    u.bind(2, lead.person.phone);
    u.bind(3, lead.person.title);
    u.bind(4, lead.person.seniority);
    u.bind(5, lead.company.name);
    u.bind(6, lead.company.domain);
    u.bind(7, lead.company.industry);
    u.bind(8, lead.company.employees);
    u.bind(9, lead.company.annualRevenue);
    u.bind(10, lead.company.country);
    u.bind(11, lead.company.region);
    u.bind(12, lead.campaignId);
    u.bind(13, lead.id);
    u.bind(14, lead.version);
    BATON_TRY(u.run());
    if (m_db.changes() == 0) {
        return makeError(ErrorKind::Conflict,
                         QStringLiteral("Lead %1 was changed by someone else during the import; import the "
                                        "file again.")
                             .arg(lead.id));
    }
    return {};
}

Result<qint64> ImportRepository::campaignId(const QString &name)
{
    if (!m_campaignsRead) {
        auto all = CampaignRepository(m_db).all();
        if (!all)
            return all.error();
        for (const Campaign &campaign : *all)
            m_campaigns.emplace(campaign.name, campaign.id);
        m_campaignsRead = true;
    }
    if (auto found = m_campaigns.find(name); found != m_campaigns.end())
        return found->second;
    Campaign campaign;
    campaign.name = name;
    campaign.kind = QStringLiteral("imported");
    auto id = CampaignRepository(m_db).insert(campaign);
    if (!id)
        return id.error();
    m_campaigns.emplace(name, *id);
    return *id;
}

Result<qint64> ImportRepository::detailId(std::string_view text)
{
    if (auto found = m_details.find(text); found != m_details.end())
        return found->second;
    auto insert = statement(m_insertDetail,
                            "INSERT INTO event_details (text) VALUES (?1) ON CONFLICT (text) DO NOTHING");
    if (!insert)
        return insert.error();
    (*insert)->bindStatic(1, text);
    BATON_TRY((*insert)->run());
    auto find = statement(m_findDetail, "SELECT id FROM event_details WHERE text = ?1");
    if (!find)
        return find.error();
    (*find)->bindStatic(1, text);
    auto row = (*find)->step();
    if (!row)
        return row.error();
    const qint64 id = *row ? (*find)->int64(0) : 0;
    (*find)->reset();
    m_details.emplace(std::string(text), id);
    return id;
}

Result<qint64> ImportRepository::insertEvent(qint64 leadId, EventType type, qint64 occurredAt,
                                             std::string_view detail, qint64 detailId,
                                             std::optional<qint64> campaignId)
{
    auto s = statement(m_insertEvent, "INSERT INTO events (lead_id, type, occurred_at, detail, campaign_id, "
                                      "detail_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!s)
        return s.error();
    Statement &insert = **s;
    static const auto names = [] {
        std::array<std::string, allEventTypes.size()> out;
        for (EventType t : allEventTypes)
            out[static_cast<size_t>(t)] = eventTypeName(t).toStdString();
        return out;
    }();
    insert.bind(1, leadId);
    insert.bindStatic(2, names[static_cast<size_t>(type)]);
    insert.bind(3, occurredAt);
    if (detailId > 0) {
        insert.bindStatic(4, detail);
        insert.bind(6, detailId);
    } else {
        insert.bindNull(4);
        insert.bindNull(6);
    }
    insert.bind(5, campaignId);
    BATON_TRY(insert.run());
    insert.reset();
    return m_db.lastInsertId();
}

Result<void> ImportRepository::raiseLastEventAt(qint64 leadId, qint64 at)
{
    auto s = statement(m_lastEvent, "UPDATE leads SET last_event_at = ?1 WHERE id = ?2 "
                                    "AND (last_event_at IS NULL OR last_event_at < ?1)");
    if (!s)
        return s.error();
    (*s)->bind(1, at);
    (*s)->bind(2, leadId);
    BATON_TRY((*s)->run());
    (*s)->reset();
    return {};
}

} // namespace baton
