#pragma once

#include "common/Result.h"
#include "domain/Reason.h"

#include <vector>

namespace baton {

class Database;

/// The reason taxonomy stored in the file.
class ReasonRepository {
public:
    explicit ReasonRepository(Database &db)
        : m_db(db)
    {}

    /// The reasons for entering an exit stage, in the taxonomy's order.
    Result<std::vector<Reason>> forStage(Stage stage);
    Result<Reason> find(Stage stage, const QString &code);

private:
    Database &m_db;
};

} // namespace baton
