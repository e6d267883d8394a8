#pragma once

#include "common/Result.h"
#include "routing/RoutingConfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace baton {

/// The routing configuration as a JSON document (`batonctl routing export|import`). Reading
/// refuses anything malformed or unknown, naming the place: file, part, item, field. Whether
/// the people and pools it names exist is checked when it is stored (RoutingService).
class RoutingConfigJson {
public:
    static constexpr int formatVersion = 1;

    static QByteArray toJson(const RoutingConfig &config);
    static QJsonObject toObject(const RoutingConfig &config);
    static Result<RoutingConfig> fromJson(const QByteArray &json, const QString &sourceName);
    static Result<RoutingConfig> fromObject(const QJsonObject &root, const QString &sourceName);

    static QJsonObject toObject(const WeeklyHours &hours);
    static QJsonObject toObject(const RoutingCondition &condition);
};

} // namespace baton
