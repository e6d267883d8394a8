#pragma once

#include "domain/Role.h"

#include <QString>

namespace baton {

struct User {
    qint64 id = 0;
    QString login; ///< short unique handle used by batonctl --as, e.g. "maya.patel"
    QString name;
    Role role = Role::Sdr;
    QString team;
};

} // namespace baton
