#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace baton {

enum class Role { Sdr, SalesManager, MarketingManager, Admin };

inline constexpr std::array<Role, 4> allRoles{Role::Sdr, Role::SalesManager, Role::MarketingManager,
                                              Role::Admin};

QString roleName(Role role);  ///< "sdr", "sales_manager", …
QString roleLabel(Role role); ///< "SDR", "Sales manager", …
std::optional<Role> roleFromName(QStringView name);

} // namespace baton
