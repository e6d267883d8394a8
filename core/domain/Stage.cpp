#include "domain/Stage.h"

namespace baton {

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Nurture:
        return QStringLiteral("nurture");
    case Stage::Mql:
        return QStringLiteral("mql");
    case Stage::Sal:
        return QStringLiteral("sal");
    case Stage::Sql:
        return QStringLiteral("sql");
    case Stage::Rejected:
        return QStringLiteral("rejected");
    case Stage::Disqualified:
        return QStringLiteral("disqualified");
    case Stage::Recycled:
        return QStringLiteral("recycled");
    }
    return {};
}

QString stageLabel(Stage stage)
{
    switch (stage) {
    case Stage::Nurture:
        return QStringLiteral("Nurture");
    case Stage::Mql:
        return QStringLiteral("MQL");
    case Stage::Sal:
        return QStringLiteral("SAL");
    case Stage::Sql:
        return QStringLiteral("SQL");
    case Stage::Rejected:
        return QStringLiteral("Rejected");
    case Stage::Disqualified:
        return QStringLiteral("Disqualified");
    case Stage::Recycled:
        return QStringLiteral("Recycled");
    }
    return {};
}

std::optional<Stage> stageFromName(QStringView name)
{
    for (Stage stage : allStages) {
        if (name.compare(stageName(stage), Qt::CaseInsensitive) == 0)
            return stage;
    }
    return std::nullopt;
}

bool isOpenStage(Stage stage)
{
    return stage == Stage::Mql || stage == Stage::Sal;
}

} // namespace baton
