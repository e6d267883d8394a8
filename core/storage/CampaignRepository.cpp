#include "storage/CampaignRepository.h"

#include "storage/Database.h"

namespace baton {
namespace {

constexpr std::string_view selectCampaign = "SELECT id, name, kind, started_on FROM campaigns ";

Campaign readCampaign(const Statement &statement)
{
    Campaign campaign;
    campaign.id = statement.int64(0);
    campaign.name = statement.text(1);
    campaign.kind = statement.text(2);
    campaign.startedOn = QDate::fromString(statement.text(3), Qt::ISODate);
    return campaign;
}

} // namespace

Result<std::vector<Campaign>> CampaignRepository::all()
{
    auto statement = m_db.prepare(std::string(selectCampaign) + "ORDER BY name");
    if (!statement)
        return statement.error();
    std::vector<Campaign> campaigns;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        campaigns.push_back(readCampaign(*statement));
    }
    return campaigns;
}

Result<Campaign> CampaignRepository::find(qint64 id)
{
    auto statement = m_db.cached(std::string(selectCampaign) + "WHERE id = ?1");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, id);
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorKind::NotFound, QStringLiteral("There is no campaign %1.").arg(id));
    auto found = readCampaign(**statement);
    (*statement)->reset();
    return found;
}

Result<qint64> CampaignRepository::insert(const Campaign &campaign)
{
    auto statement = m_db.cached("INSERT INTO campaigns (name, kind, started_on) VALUES (?1, ?2, ?3)");
    if (!statement)
        return statement.error();
    Statement &insert = **statement;
    insert.bind(1, campaign.name);
    insert.bind(2, campaign.kind);
    insert.bind(3, campaign.startedOn.isValid() ? campaign.startedOn.toString(Qt::ISODate) : QString());
    BATON_TRY(insert.run());
    return m_db.lastInsertId();
}

} // namespace baton
