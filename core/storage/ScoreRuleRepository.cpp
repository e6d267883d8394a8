#include "storage/ScoreRuleRepository.h"

#include "storage/Database.h"

namespace baton {

Result<void> ScoreRuleRepository::load()
{
    if (m_loaded)
        return {};
    auto rules = all();
    if (!rules)
        return rules.error();
    for (const auto &[bit, rule] : *rules) {
        m_bits[rule.first] = bit;
        m_next = std::max(m_next, bit + 1);
    }
    m_loaded = true;
    return {};
}

Result<std::optional<int>> ScoreRuleRepository::bitFor(const QString &key, const QString &name)
{
    BATON_TRY(load());
    if (const auto found = m_bits.find(key); found != m_bits.end())
        return std::optional<int>(found->second);
    if (m_next >= maxRules)
        return std::optional<int>();
    auto statement = m_db.cached("INSERT INTO score_rules (bit, key, name) VALUES (?1, ?2, ?3)");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, qint64{m_next});
    s.bind(2, key);
    s.bind(3, name);
    BATON_TRY(s.run());
    m_bits[key] = m_next;
    return std::optional<int>(m_next++);
}

Result<std::map<int, std::pair<QString, QString>>> ScoreRuleRepository::all()
{
    auto statement = m_db.cached("SELECT bit, key, name FROM score_rules ORDER BY bit");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    std::map<int, std::pair<QString, QString>> rules;
    BATON_TRY(s.forEachRow([&](const Statement &row) {
        rules[static_cast<int>(row.int64(0))] = {row.text(1), row.text(2)};
    }));
    return rules;
}

} // namespace baton
