#include "routing/RoutingConfig.h"

namespace baton {
namespace {

template<typename T, typename Key>
const T *findBy(const std::vector<T> &items, const QString &name, Key key)
{
    for (const T &item : items) {
        if (QString::compare(item.*key, name, Qt::CaseInsensitive) == 0)
            return &item;
    }
    return nullptr;
}

} // namespace

const TeamSettings *RoutingConfig::team(const QString &name) const
{
    return findBy(teams, name, &TeamSettings::team);
}

const RoutingPool *RoutingConfig::pool(const QString &name) const
{
    return findBy(pools, name, &RoutingPool::name);
}

const PersonAvailability *RoutingConfig::person(const QString &login) const
{
    return findBy(people, login, &PersonAvailability::login);
}

} // namespace baton
