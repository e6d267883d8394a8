#pragma once

#include "domain/LeadCard.h"
#include "domain/User.h"

#include <QJsonObject>

#include <optional>

namespace baton::cli {

/// Leads as JSON for scripts: stable field names in camelCase, stages and types by their
/// stored names, times in ISO 8601 UTC, money in minor units plus a decimal string.
class LeadJson {
public:
    /// One row of `lead list --json`.
    static QJsonObject listItem(const Lead &lead, const std::optional<User> &owner);
    /// The whole context card, for `lead show --json`.
    static QJsonObject card(const LeadCard &card);

    static QJsonObject user(const User &user);
};

} // namespace baton::cli
