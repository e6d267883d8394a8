#include "sla/SlaState.h"

#include <array>

namespace baton {
namespace {

constexpr std::array<SlaState, 5> allStates{SlaState::OnTrack, SlaState::DueSoon, SlaState::Breached,
                                            SlaState::Met, SlaState::Missed};

} // namespace

QString slaStateName(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack:
        return QStringLiteral("on_track");
    case SlaState::DueSoon:
        return QStringLiteral("due_soon");
    case SlaState::Breached:
        return QStringLiteral("breached");
    case SlaState::Met:
        return QStringLiteral("met");
    case SlaState::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

QString slaStateLabel(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack:
        return QStringLiteral("On track");
    case SlaState::DueSoon:
        return QStringLiteral("Due soon");
    case SlaState::Breached:
        return QStringLiteral("Breached");
    case SlaState::Met:
        return QStringLiteral("Met");
    case SlaState::Missed:
        return QStringLiteral("Missed");
    }
    return {};
}

std::optional<SlaState> slaStateFromName(QStringView name)
{
    for (SlaState state : allStates) {
        if (name == slaStateName(state))
            return state;
    }
    return std::nullopt;
}

} // namespace baton
