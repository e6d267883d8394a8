#pragma once

#include "common/Result.h"
#include "domain/LeadCard.h"

#include <memory>
#include <optional>

namespace baton {

class Clock;
class Database;
class Scorer;

/// Reads a lead's context card with its score now under the effective definition, every point
/// explained, its opportunity's checklist answers and result, and its thread. Keeps the effective
/// definition's compiled scorer between cards and compiles it again only when another version becomes
/// effective.
class LeadCardService {
public:
    LeadCardService(Database &db, const Clock &clock);
    ~LeadCardService();
    LeadCardService(const LeadCardService &) = delete;
    LeadCardService &operator=(const LeadCardService &) = delete;

    Result<LeadCard> card(qint64 leadId);

private:
    Result<const Scorer *> scorer(int &number);
    Result<void> readOpportunity(qint64 leadId, LeadCard &card);

    Database &m_db;
    const Clock &m_clock;
    std::optional<int> m_number;
    std::unique_ptr<Scorer> m_scorer;
};

} // namespace baton
