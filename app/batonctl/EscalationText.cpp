#include "EscalationText.h"

#include "TextFormat.h"
#include "UserDirectory.h"

#include <QStringList>

namespace baton::cli {

QString EscalationText::line(const EscalationStep &step, const UserDirectory &users)
{
    return QStringLiteral("%1  lead %2  %3  %4: %5")
        .arg(TextFormat::isoTime(step.at))
        .arg(step.leadId)
        .arg(EscalationStep::kindName(step.kind).leftJustified(8), people(step, users), step.detail);
}

QString EscalationText::people(const EscalationStep &step, const UserDirectory &users)
{
    QStringList parts{QStringLiteral("owner ") + users.describe(step.ownerId, QStringLiteral("nobody"))};
    if (step.kind == EscalationStep::Kind::Breach)
        parts << QStringLiteral("manager ") + users.describe(step.managerId, QStringLiteral("nobody"));
    if (step.kind == EscalationStep::Kind::Reassign)
        parts << QStringLiteral("new owner ") + users.describe(step.newOwnerId, QStringLiteral("nobody"));
    return parts.join(QStringLiteral(", "));
}

} // namespace baton::cli
