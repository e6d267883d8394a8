#include "domain/Handoff.h"

namespace baton {

QString handoffTriggerName(HandoffTrigger trigger)
{
    switch (trigger) {
    case HandoffTrigger::Event:
        return QStringLiteral("event");
    case HandoffTrigger::Reevaluation:
        return QStringLiteral("reevaluation");
    case HandoffTrigger::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<HandoffTrigger> handoffTriggerFromName(QStringView name)
{
    for (HandoffTrigger trigger :
         {HandoffTrigger::Event, HandoffTrigger::Reevaluation, HandoffTrigger::Manual}) {
        if (handoffTriggerName(trigger) == name)
            return trigger;
    }
    return std::nullopt;
}

} // namespace baton
