#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace baton {

/// What a salesperson did with a lead.
enum class ActivityType { Call, Email, Meeting, LinkedIn, Note };

inline constexpr std::array<ActivityType, 5> allActivityTypes{ActivityType::Call, ActivityType::Email,
                                                              ActivityType::Meeting, ActivityType::LinkedIn,
                                                              ActivityType::Note};

QString activityTypeName(ActivityType type);  ///< "call", …
QString activityTypeLabel(ActivityType type); ///< "Call", …
std::optional<ActivityType> activityTypeFromName(QStringView name);
/// The outcomes that make sense for a type, e.g. call: connected, voicemail, no_answer, wrong_number.
QStringList activityOutcomes(ActivityType type);
/// "connected" -> "Connected", "no_answer" -> "No answer".
QString outcomeLabel(QStringView outcome);

} // namespace baton
