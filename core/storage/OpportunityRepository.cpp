#include "storage/OpportunityRepository.h"

#include "storage/Database.h"

namespace baton {

Result<void> OpportunityRepository::saveAnswers(qint64 leadId,
                                                const std::vector<QualificationCriterion> &checklist,
                                                const std::vector<ChecklistAnswer> &answers,
                                                const QDateTime &at, qint64 by)
{
    auto statement = m_db.cached(
        "INSERT INTO qualification_answers (lead_id, criterion_id, criterion, required, answer, note, "
        "answered_at, answered_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
        "ON CONFLICT (lead_id, criterion_id) DO UPDATE SET criterion = excluded.criterion, "
        "required = excluded.required, answer = excluded.answer, note = excluded.note, "
        "answered_at = excluded.answered_at, answered_by = excluded.answered_by");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    for (const QualificationCriterion &item : checklist) {
        ChecklistAnswer answer{item.id, ChecklistAnswer::Value::Unknown, {}};
        for (const ChecklistAnswer &given : answers) {
            if (given.criterionId == item.id)
                answer = given;
        }
        s.bind(1, leadId);
        s.bind(2, item.id);
        s.bind(3, item.name);
        s.bind(4, qint64{item.required});
        s.bind(5, ChecklistAnswer::valueName(answer.value));
        s.bind(6, answer.note.trimmed().isEmpty() ? QString() : answer.note.trimmed());
        s.bind(7, at);
        s.bind(8, by);
        BATON_TRY(s.run());
        s.reset();
    }
    return {};
}

Result<std::vector<OpportunityRepository::StoredAnswer>> OpportunityRepository::answers(qint64 leadId)
{
    auto statement = m_db.cached(
        "SELECT criterion_id, criterion, required, answer, note, answered_at, answered_by "
        "FROM qualification_answers WHERE lead_id = ?1 ORDER BY required DESC, criterion, criterion_id");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    std::vector<StoredAnswer> stored;
    BATON_TRY(s.forEachRow([&](const Statement &row) {
        StoredAnswer answer;
        answer.criterion = QualificationCriterion{row.text(0), row.text(1), row.int64(2) != 0};
        answer.answer.criterionId = row.text(0);
        answer.answer.value =
            ChecklistAnswer::valueFromName(row.text(3)).value_or(ChecklistAnswer::Value::Unknown);
        answer.answer.note = row.text(4);
        answer.answeredAt = row.dateTime(5);
        answer.answeredBy = row.optionalInt64(6);
        stored.push_back(std::move(answer));
    }));
    return stored;
}

Result<void> OpportunityRepository::setExpectedClose(qint64 leadId, const QDate &expectedClose)
{
    auto statement = m_db.cached("UPDATE opportunities SET expected_close = ?2 WHERE lead_id = ?1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    s.bind(2, expectedClose.isValid() ? expectedClose.toString(Qt::ISODate) : QString());
    return s.run();
}

Result<QDate> OpportunityRepository::expectedClose(qint64 leadId)
{
    auto statement = m_db.cached("SELECT expected_close FROM opportunities WHERE lead_id = ?1");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    auto row = s.step();
    if (!row)
        return row.error();
    QDate date;
    if (*row && !s.isNull(0))
        date = QDate::fromString(s.text(0), Qt::ISODate);
    s.reset();
    return date;
}

Result<void> OpportunityRepository::close(qint64 leadId, bool won, const QString &reason, const QDateTime &at,
                                          qint64 by)
{
    auto existing = closing(leadId);
    if (!existing)
        return existing.error();
    auto statement = m_db.cached("UPDATE opportunities SET result = ?2, result_reason = ?3, closed_at = ?4, "
                                 "closed_by = ?5 WHERE lead_id = ?1 AND result IS NULL");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    s.bind(2, won ? QStringLiteral("won") : QStringLiteral("lost"));
    s.bind(3, reason.trimmed().isEmpty() ? QString() : reason.trimmed());
    s.bind(4, at);
    s.bind(5, by);
    BATON_TRY(s.run());
    if (m_db.changes() == 0) {
        if (*existing) {
            return makeError(ErrorKind::Conflict,
                             QStringLiteral("The opportunity of lead %1 was already closed as %2.")
                                 .arg(leadId)
                                 .arg((*existing)->won ? QStringLiteral("won") : QStringLiteral("lost")));
        }
        return makeError(ErrorKind::NotFound,
                         QStringLiteral("Lead %1 has no opportunity to close.").arg(leadId));
    }
    return {};
}

Result<std::optional<OpportunityRepository::Closing>> OpportunityRepository::closing(qint64 leadId)
{
    auto statement =
        m_db.cached("SELECT o.result, o.result_reason, o.closed_at, o.closed_by, u.name FROM opportunities o "
                    "LEFT JOIN users u ON u.id = o.closed_by WHERE o.lead_id = ?1 AND o.result IS NOT NULL");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, leadId);
    auto row = s.step();
    if (!row)
        return row.error();
    std::optional<Closing> found;
    if (*row)
        found = Closing{s.text(0) == QLatin1String("won"), s.text(1), s.dateTime(2), s.optionalInt64(3),
                        s.text(4)};
    s.reset();
    return found;
}

} // namespace baton
