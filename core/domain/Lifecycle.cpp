#include "domain/Lifecycle.h"

#include <QStringList>

#include <algorithm>
#include <utility>

namespace baton {
namespace {

// Every move the lifecycle allows. Anything not listed is refused.
constexpr std::pair<Stage, Stage> allowedMoves[] = {
    {Stage::Nurture, Stage::Mql},           // the handoff: it met the definition
    {Stage::Mql, Stage::Sal},               // sales accepts
    {Stage::Mql, Stage::Rejected},          // sales refuses, with a reason
    {Stage::Mql, Stage::Recycled},          // not now: back to marketing with a revisit date
    {Stage::Sal, Stage::Sql},               // qualified opportunity
    {Stage::Sal, Stage::Disqualified},      // accepted, then found not to be an opportunity
    {Stage::Sal, Stage::Recycled},          // accepted, but the timing is wrong
    {Stage::Rejected, Stage::Recycled},     // marketing recycles a rejection
    {Stage::Disqualified, Stage::Recycled}, // marketing recycles a disqualified lead
    {Stage::Recycled, Stage::Nurture},      // revisit date reached: nurture again
    {Stage::Recycled, Stage::Mql},          // it met the definition again
    {Stage::Rejected, Stage::Mql},          // a disputed rejection reopened by the sales manager
    {Stage::Disqualified, Stage::Mql},      // likewise a disputed disqualification
};

} // namespace

bool Lifecycle::isAllowed(Stage from, Stage to)
{
    return std::any_of(std::begin(allowedMoves), std::end(allowedMoves),
                       [&](const auto &move) { return move.first == from && move.second == to; });
}

bool Lifecycle::requiresReason(Stage to)
{
    return to == Stage::Rejected || to == Stage::Disqualified || to == Stage::Recycled;
}

std::vector<Stage> Lifecycle::nextStages(Stage from)
{
    std::vector<Stage> stages;
    for (const auto &[source, target] : allowedMoves) {
        if (source == from)
            stages.push_back(target);
    }
    return stages;
}

Result<void> Lifecycle::check(Stage from, Stage to, const QString &reasonCode)
{
    if (!isAllowed(from, to)) {
        QStringList allowed;
        for (Stage next : nextStages(from))
            allowed << stageName(next);
        const QString hint = allowed.isEmpty()
                                 ? QStringLiteral("A lead in %1 does not move on.").arg(stageName(from))
                                 : QStringLiteral("From %1 it can move to: %2.")
                                       .arg(stageName(from), allowed.join(QStringLiteral(", ")));
        return makeError(
            ErrorKind::InvalidTransition,
            QStringLiteral("A lead cannot move from %1 to %2. %3").arg(stageName(from), stageName(to), hint));
    }
    if (requiresReason(to) && reasonCode.trimmed().isEmpty()) {
        return makeError(
            ErrorKind::ReasonRequired,
            QStringLiteral("Moving a lead to %1 needs a reason. Pick one from the list.").arg(stageName(to)));
    }
    return {};
}

} // namespace baton
