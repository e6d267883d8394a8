#pragma once

#include <QString>

#include <optional>

namespace baton {

/// Where a handoff's response clock stands.
enum class SlaState {
    OnTrack,  ///< running, not yet close to its due time
    DueSoon,  ///< running, within the warning time of its due time
    Breached, ///< running past its due time: nobody has made a meaningful contact yet
    Met,      ///< a meaningful contact by the due time
    Missed,   ///< a meaningful contact after the due time, or the lead left the queue without one
};

QString slaStateName(SlaState state);  ///< "on_track", "due_soon", "breached", "met", "missed"
QString slaStateLabel(SlaState state); ///< "On track", "Due soon", …
std::optional<SlaState> slaStateFromName(QStringView name);

} // namespace baton
