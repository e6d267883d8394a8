#pragma once

#include "agreement/QualificationCriterion.h"
#include "common/Result.h"
#include "domain/ChecklistAnswer.h"
#include "domain/OpportunityClosing.h"
#include "domain/QualificationAnswer.h"

#include <QDate>
#include <QDateTime>

#include <optional>
#include <vector>

namespace baton {

class Database;

/// The checklist answers an opportunity was qualified with, its expected close and its result.
class OpportunityRepository {
public:
    explicit OpportunityRepository(Database &db)
        : m_db(db)
    {}

    /// One answer as stored, with the item's name and whether it was required then.
    using StoredAnswer = QualificationAnswer;

    /// Stores an answer per checklist item ("unknown" for those not answered).
    Result<void> saveAnswers(qint64 leadId, const std::vector<QualificationCriterion> &checklist,
                             const std::vector<ChecklistAnswer> &answers, const QDateTime &at, qint64 by);
    /// The required items first, then the others, each by name (the table keeps no order of its own).
    Result<std::vector<StoredAnswer>> answers(qint64 leadId);
    Result<void> setExpectedClose(qint64 leadId, const QDate &expectedClose);

    /// How the opportunity ended, with the name of who closed it.
    using Closing = OpportunityClosing;
    /// Won or lost: written once; NotFound when the lead has no opportunity, Conflict when it
    /// was closed already.
    Result<void> close(qint64 leadId, bool won, const QString &reason, const QDateTime &at, qint64 by);
    Result<std::optional<Closing>> closing(qint64 leadId);
    Result<QDate> expectedClose(qint64 leadId);

private:
    Database &m_db;
};

} // namespace baton
