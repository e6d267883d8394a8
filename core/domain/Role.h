#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace baton {

enum class Role { Sdr, SalesManager, MarketingManager, Admin };

QString roleName(Role role);  ///< "sdr", "sales_manager", …
QString roleLabel(Role role); ///< "SDR", "Sales manager", …
std::optional<Role> roleFromName(QStringView name);

} // namespace baton
