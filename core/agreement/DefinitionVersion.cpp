#include "agreement/DefinitionVersion.h"

#include <array>

namespace baton {
namespace {

template<typename Enum, size_t N>
std::optional<Enum> fromName(QStringView name, const std::array<Enum, N> &values, QString (*toName)(Enum))
{
    for (Enum value : values) {
        if (name.compare(toName(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString teamName(DefinitionTeam team)
{
    return team == DefinitionTeam::Marketing ? QStringLiteral("marketing") : QStringLiteral("sales");
}

std::optional<DefinitionTeam> teamFromName(QStringView name)
{
    return fromName(name, std::array{DefinitionTeam::Marketing, DefinitionTeam::Sales}, &teamName);
}

QString kindName(VersionKind kind)
{
    return kind == VersionKind::Draft ? QStringLiteral("draft") : QStringLiteral("proposal");
}

std::optional<VersionKind> kindFromName(QStringView name)
{
    return fromName(name, std::array{VersionKind::Draft, VersionKind::Proposal}, &kindName);
}

QString statusName(VersionStatus status)
{
    switch (status) {
    case VersionStatus::Draft:
        return QStringLiteral("draft");
    case VersionStatus::Proposed:
        return QStringLiteral("proposed");
    case VersionStatus::Effective:
        return QStringLiteral("effective");
    case VersionStatus::Superseded:
        return QStringLiteral("superseded");
    }
    return {};
}

std::optional<VersionStatus> statusFromName(QStringView name)
{
    return fromName(name,
                    std::array{VersionStatus::Draft, VersionStatus::Proposed, VersionStatus::Effective,
                               VersionStatus::Superseded},
                    &statusName);
}

} // namespace baton
