#include "agreement/QualificationGate.h"

#include <QSet>
#include <QStringList>

namespace baton {

Result<void> QualificationGate::check(const std::vector<QualificationCriterion> &checklist,
                                      const std::vector<ChecklistAnswer> &answers)
{
    QSet<QString> seen;
    for (const ChecklistAnswer &answer : answers) {
        const bool known =
            std::any_of(checklist.begin(), checklist.end(),
                        [&](const QualificationCriterion &item) { return item.id == answer.criterionId; });
        if (!known) {
            QStringList ids;
            for (const QualificationCriterion &item : checklist)
                ids << item.id;
            return makeError(
                ErrorKind::InvalidInput,
                QStringLiteral("The agreement's checklist has no item \"%1\"; its items are: %2.")
                    .arg(answer.criterionId, ids.join(QStringLiteral(", "))));
        }
        if (seen.contains(answer.criterionId)) {
            return makeError(ErrorKind::InvalidInput,
                             QStringLiteral("\"%1\" is answered twice.").arg(answer.criterionId));
        }
        seen.insert(answer.criterionId);
    }
    QStringList unmet;
    for (const QualificationCriterion &item : checklist) {
        if (!item.required)
            continue;
        const auto answer = std::find_if(answers.begin(), answers.end(),
                                         [&](const ChecklistAnswer &a) { return a.criterionId == item.id; });
        if (answer == answers.end())
            unmet << QStringLiteral("%1 (not answered)").arg(item.name);
        else if (answer->value != ChecklistAnswer::Value::Yes)
            unmet << QStringLiteral("%1 (%2)").arg(item.name, ChecklistAnswer::valueName(answer->value));
    }
    if (!unmet.isEmpty()) {
        return makeError(
            ErrorKind::ReasonRequired,
            QStringLiteral("Not a qualified opportunity yet: the checklist requires a yes for %1.")
                .arg(unmet.join(QStringLiteral(", "))));
    }
    return {};
}

} // namespace baton
