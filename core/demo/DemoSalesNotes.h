#pragma once

#include <span>
#include <string_view>

namespace baton {

/// One thing a salesperson does with a lead: an activity type with its outcome.
enum class DemoTouch {
    CallConnected,
    CallVoicemail,
    CallNoAnswer,
    CallWrongNumber,
    EmailSent,
    EmailReplied,
    EmailBounced,
    MeetingScheduled,
    MeetingHeld,
    MeetingNoShow,
    LinkedInSent,
    LinkedInReplied,
    Note,
};

struct DemoTouchText {
    std::string_view type;    ///< stored activities.type ("call")
    std::string_view outcome; ///< one of activityOutcomes(type) ("voicemail")
    int noteChance = 0;       ///< percent of these that carry a note
    std::span<const std::string_view> notes;
};

/// What salespeople write: activity notes, notes on reasons, opportunity notes, checklist notes
/// and why a deal was lost.
class DemoSalesNotes {
public:
    static const DemoTouchText &touch(DemoTouch touch);
    /// Notes that go with a reason code of an exit stage ("rejected", "other"); may be empty.
    static std::span<const std::string_view> reasonNotes(std::string_view stage, std::string_view code);
    static std::span<const std::string_view> opportunityNotes();
    /// Notes that go with a "yes" to an item of the qualification checklist ("budget"); may be empty.
    static std::span<const std::string_view> checklistNotes(std::string_view criterionId);
    /// Why an opportunity was lost.
    static std::span<const std::string_view> lostReasons();
};

} // namespace baton
