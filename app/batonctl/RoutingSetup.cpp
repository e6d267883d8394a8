#include "RoutingSetup.h"

#include "RoutingText.h"

#include <QStringList>

namespace baton::cli {

QString RoutingSetup::escalationText(const EscalationPolicy &policy)
{
    QString text = QStringLiteral("warn %1 min before the due time; ").arg(policy.warnBeforeMinutes);
    if (policy.reassignAfterMinutes <= 0)
        return text + QStringLiteral("never reassign");
    return text + QStringLiteral("reassign %1 min after it, to %2")
                      .arg(policy.reassignAfterMinutes)
                      .arg(policy.reassignPool.isEmpty()
                               ? QStringLiteral("the fallback pool")
                               : QStringLiteral("pool ") + RoutingText::quoted(policy.reassignPool));
}

QString RoutingSetup::absencesText(const std::vector<Absence> &absences)
{
    QStringList ranges;
    for (const Absence &absence : absences) {
        ranges << (absence.from == absence.to ? absence.from.toString(Qt::ISODate)
                                              : absence.from.toString(Qt::ISODate) + QStringLiteral("..") +
                                                    absence.to.toString(Qt::ISODate));
    }
    return ranges.isEmpty() ? QStringLiteral("none") : ranges.join(QStringLiteral(", "));
}

} // namespace baton::cli
