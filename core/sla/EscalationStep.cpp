#include "sla/EscalationStep.h"

namespace baton {

QString EscalationStep::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Warn:
        return QStringLiteral("warn");
    case Kind::Breach:
        return QStringLiteral("breach");
    case Kind::Reassign:
        return QStringLiteral("reassign");
    }
    return {};
}

std::optional<EscalationStep::Kind> EscalationStep::kindFromName(QStringView name)
{
    for (Kind kind : {Kind::Warn, Kind::Breach, Kind::Reassign}) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace baton
