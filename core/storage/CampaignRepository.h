#pragma once

#include "common/Result.h"
#include "domain/Campaign.h"

#include <vector>

namespace baton {

class Database;

class CampaignRepository {
public:
    explicit CampaignRepository(Database &db)
        : m_db(db)
    {}

    Result<std::vector<Campaign>> all(); ///< by name
    Result<Campaign> find(qint64 id);
    Result<qint64> insert(const Campaign &campaign);

private:
    Database &m_db;
};

} // namespace baton
