#include "storage/ReevaluationRepository.h"

#include "storage/Database.h"

namespace baton {
Result<std::optional<Reevaluation>> ReevaluationRepository::last()
{
    auto statement =
        m_db.prepare("SELECT definition_number, ran_at, evaluated, handed_over FROM reevaluations "
                     "ORDER BY id DESC LIMIT 1");
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Reevaluation>();
    return std::optional(Reevaluation{static_cast<int>(statement->int64(0)), statement->dateTime(1),
                                      statement->int64(2), statement->int64(3)});
}

Result<void> ReevaluationRepository::insert(const Reevaluation &run, std::optional<qint64> actorId)
{
    auto statement = m_db.prepare("INSERT INTO reevaluations (definition_number, ran_at, run_by, evaluated, "
                                  "handed_over) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!statement)
        return statement.error();
    statement->bind(1, run.definitionNumber);
    statement->bind(2, run.at);
    statement->bind(3, actorId);
    statement->bind(4, run.evaluated);
    statement->bind(5, run.handedOver);
    return statement->run();
}

} // namespace baton
