#include "AppResources.h"

namespace baton {

QString AppResources::iconPng()
{
    return QStringLiteral(":/baton/icons/baton.png");
}

QString AppResources::iconSvg()
{
    return QStringLiteral(":/baton/icons/baton.svg");
}

} // namespace baton
