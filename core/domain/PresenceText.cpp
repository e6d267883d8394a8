#include "domain/PresenceText.h"

#include <QList>
#include <QStringList>

namespace baton {

QString presenceList(const std::vector<Presence> &people)
{
    QList<qint64> seen;
    QStringList names;
    for (const Presence &person : people) {
        if (seen.contains(person.userId))
            continue;
        seen.append(person.userId);
        names.append(QStringLiteral("%1 (%2)").arg(person.name, roleLabel(person.role)));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace baton
