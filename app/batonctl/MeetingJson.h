#pragma once

#include "meeting/ActionItem.h"
#include "meeting/ReviewDecision.h"

#include <QJsonObject>

namespace baton::cli {

class UserDirectory;

/// The joint review's decisions and action items as `review … --json` writes them.
class MeetingJson {
public:
    static QJsonObject decision(const ReviewDecision &decision, const UserDirectory &users);
    static QJsonObject actionItem(const ActionItem &item, const UserDirectory &users);
};

} // namespace baton::cli
