#pragma once

#include <QString>

namespace baton {

/// A company (by its domain) and the person who owns the account.
struct AccountOwner {
    QString domain;
    QString login;

    bool operator==(const AccountOwner &) const = default;
};

} // namespace baton
