#pragma once

#include "common/Result.h"

#include <QString>

#include <map>
#include <optional>

namespace baton {

class Database;

/// The rules that ever gave a handed-over lead points, each with its bit in handoffs.rule_mask.
/// Keeps what it read for the length of a batch; a file holds at most 63 of them.
class ScoreRuleRepository {
public:
    explicit ScoreRuleRepository(Database &db)
        : m_db(db)
    {}

    static constexpr int maxRules = 63;

    /// The rule's bit, given one on first sight; none when the 63 bits are taken.
    Result<std::optional<int>> bitFor(const QString &key, const QString &name);
    /// Every rule by bit: its key and name.
    Result<std::map<int, std::pair<QString, QString>>> all();

private:
    Result<void> load();

    Database &m_db;
    bool m_loaded = false;
    std::map<QString, int> m_bits;
    int m_next = 0;
};

} // namespace baton
