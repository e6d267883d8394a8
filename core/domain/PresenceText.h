#pragma once

#include "domain/Presence.h"

#include <QString>

#include <vector>

namespace baton {

/// The people who have the file open, for a status bar or a report: "Sam Rivera (SDR), Sally
/// Brooks (Sales manager)"; each person once however many apps they have open; empty for nobody.
QString presenceList(const std::vector<Presence> &people);

} // namespace baton
