#pragma once

#include "domain/ActivityType.h"

#include <QStringList>
#include <QStringView>

#include <vector>

namespace baton {

/// An activity type and the outcomes of it that count as a meaningful first contact
/// (a connected call does; a voicemail does not).
struct MeaningfulContact {
    ActivityType activityType = ActivityType::Call;
    QStringList outcomes; ///< each one of activityOutcomes(activityType)

    bool operator==(const MeaningfulContact &) const = default;
};

/// Whether an activity with this outcome counts as a meaningful contact under `contacts`.
inline bool isMeaningfulContact(const std::vector<MeaningfulContact> &contacts, ActivityType type,
                                QStringView outcome)
{
    for (const MeaningfulContact &contact : contacts) {
        if (contact.activityType == type && contact.outcomes.contains(outcome))
            return true;
    }
    return false;
}

} // namespace baton
