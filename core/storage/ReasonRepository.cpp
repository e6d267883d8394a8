#include "storage/ReasonRepository.h"

#include "storage/Database.h"

namespace baton {
namespace {

Reason readReason(const Statement &statement, Stage stage)
{
    Reason reason;
    reason.code = statement.text(0);
    reason.label = statement.text(1);
    reason.noteRequired = statement.int64(2) != 0;
    reason.stage = stage;
    return reason;
}

} // namespace

Result<std::vector<Reason>> ReasonRepository::forStage(Stage stage)
{
    auto statement =
        m_db.cached("SELECT code, label, note_required FROM reasons WHERE stage = ?1 ORDER BY position");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, stageName(stage));
    std::vector<Reason> reasons;
    for (;;) {
        auto row = (*statement)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        reasons.push_back(readReason(**statement, stage));
    }
    return reasons;
}

Result<Reason> ReasonRepository::find(Stage stage, const QString &code)
{
    auto reasons = forStage(stage);
    if (!reasons)
        return reasons.error();
    QStringList codes;
    for (const Reason &reason : *reasons) {
        if (reason.code == code)
            return reason;
        codes << reason.code;
    }
    return makeError(ErrorKind::InvalidInput,
                     QStringLiteral("\"%1\" is not a reason for %2. Use one of: %3.")
                         .arg(code, stageName(stage), codes.join(QStringLiteral(", "))));
}

} // namespace baton
