#pragma once

#include "agreement/JsonReader.h"
#include "routing/RoutingConfig.h"

#include <QJsonObject>

namespace baton {

/// Reads a routing configuration out of its JSON form for RoutingConfigJson, keeping the first
/// problem with its place ("routing.json: pools[1] (\"EMEA\"): members[0]: \"weight\" …").
class RoutingConfigParser {
public:
    explicit RoutingConfigParser(const QString &source)
        : m_reader(source)
    {}

    RoutingConfig parse(const QJsonObject &root);
    bool failed() const { return m_reader.failed(); }
    const QString &error() const { return m_reader.error(); }

private:
    TeamSettings team(const QJsonObject &object, const QString &place);
    PersonAvailability person(const QJsonObject &object, const QString &place);
    RoutingPool pool(const QJsonObject &object, const QString &place);
    RoutingRule rule(const QJsonObject &object, const QString &place);
    RoutingCondition condition(const QJsonObject &object, const QString &place);
    WeeklyHours hours(const QJsonObject &object, const QString &place);
    QDate date(const QString &text, const QString &place, const QString &key);
    QString timeZone(const QJsonObject &object, const QString &place, bool required);
    std::optional<int> bounded(const QJsonObject &object, const QString &place, const QString &key, int min,
                               int max, bool required);
    void unique(QStringList &seen, const QString &key, const QString &what, const QString &place);

    JsonReader m_reader;
};

} // namespace baton
