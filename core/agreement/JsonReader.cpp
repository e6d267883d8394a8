#include "agreement/JsonReader.h"

#include <cmath>

namespace baton {

void JsonReader::fail(const QString &place, const QString &message)
{
    if (failed())
        return;
    m_error = place.isEmpty() ? QStringLiteral("%1: %2").arg(m_source, message)
                              : QStringLiteral("%1: %2: %3").arg(m_source, place, message);
}

void JsonReader::checkKeys(const QJsonObject &object, const QString &place, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end() && !failed(); ++it) {
        if (!allowed.contains(it.key()))
            fail(place, QStringLiteral("unknown key %1; expected one of %2")
                            .arg(quoted(it.key()), allowed.join(QStringLiteral(", "))));
    }
}

QJsonObject JsonReader::object(const QJsonValue &value, const QString &place)
{
    if (failed())
        return {};
    if (!value.isObject()) {
        fail(place, QStringLiteral("must be an object"));
        return {};
    }
    return value.toObject();
}

QJsonValue JsonReader::value(const QJsonObject &object, const QString &place, const QString &key,
                             bool required)
{
    if (failed())
        return {};
    const QJsonValue found = object.value(key);
    if (found.isUndefined() && required)
        fail(place, QStringLiteral("%1 is missing").arg(quoted(key)));
    return found;
}

QJsonArray JsonReader::array(const QJsonObject &object, const QString &place, const QString &key)
{
    const QJsonValue found = value(object, place, key, false);
    if (found.isUndefined() || failed())
        return {};
    if (!found.isArray())
        fail(place, QStringLiteral("%1 must be a list").arg(quoted(key)));
    return found.toArray();
}

QString JsonReader::string(const QJsonObject &object, const QString &place, const QString &key)
{
    const QJsonValue found = value(object, place, key, true);
    if (failed())
        return {};
    if (!found.isString())
        fail(place, QStringLiteral("%1 must be a text").arg(quoted(key)));
    return found.toString();
}

QString JsonReader::optionalString(const QJsonObject &object, const QString &place, const QString &key)
{
    if (!object.contains(key))
        return {};
    return string(object, place, key);
}

QString JsonReader::requiredText(const QJsonObject &object, const QString &place, const QString &key)
{
    const QString text = string(object, place, key).trimmed();
    if (!failed() && text.isEmpty())
        fail(place, QStringLiteral("%1 must not be empty").arg(quoted(key)));
    return text;
}

std::optional<double> JsonReader::number(const QJsonObject &object, const QString &place, const QString &key,
                                         bool required)
{
    const QJsonValue found = value(object, place, key, required);
    if (failed() || found.isUndefined() || (!required && found.isNull()))
        return std::nullopt;
    if (!found.isDouble()) {
        fail(place, QStringLiteral("%1 must be a number").arg(quoted(key)));
        return std::nullopt;
    }
    return found.toDouble();
}

std::optional<qint64> JsonReader::integer(const QJsonObject &object, const QString &place, const QString &key,
                                          bool required)
{
    const std::optional<double> found = number(object, place, key, required);
    if (!found)
        return std::nullopt;
    // 9e15 keeps every whole number exact in a JSON double.
    if (std::trunc(*found) != *found || std::abs(*found) > 9e15) {
        fail(place, QStringLiteral("%1 must be a whole number").arg(quoted(key)));
        return std::nullopt;
    }
    return static_cast<qint64>(*found);
}

std::optional<int> JsonReader::smallInteger(const QJsonObject &object, const QString &place,
                                            const QString &key, bool required)
{
    const std::optional<qint64> found = integer(object, place, key, required);
    if (found && (*found < -1'000'000'000 || *found > 1'000'000'000)) {
        fail(place, QStringLiteral("%1 %2 is out of range").arg(quoted(key)).arg(*found));
        return std::nullopt;
    }
    return found ? std::optional<int>(static_cast<int>(*found)) : std::nullopt;
}

bool JsonReader::boolean(const QJsonObject &object, const QString &place, const QString &key, bool fallback)
{
    const QJsonValue found = value(object, place, key, false);
    if (failed() || found.isUndefined())
        return fallback;
    if (!found.isBool())
        fail(place, QStringLiteral("%1 must be true or false").arg(quoted(key)));
    return found.toBool(fallback);
}

QStringList JsonReader::strings(const QJsonObject &object, const QString &place, const QString &key)
{
    QStringList result;
    const QJsonArray list = array(object, place, key);
    for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
        if (!list[i].isString())
            fail(place, QStringLiteral("%1[%2] must be a text").arg(quoted(key)).arg(i));
        result.append(list[i].toString());
    }
    return result;
}

std::optional<EventType> JsonReader::eventType(const QString &name, const QString &place, const QString &key)
{
    if (failed())
        return std::nullopt;
    const auto type = eventTypeFromName(name);
    if (!type) {
        QStringList names;
        for (EventType known : allEventTypes)
            names.append(eventTypeName(known));
        fail(place, QStringLiteral("%1 %2 is not an event type; expected one of %3")
                        .arg(key, quoted(name), names.join(QStringLiteral(", "))));
    }
    return type;
}

std::vector<EventType> JsonReader::eventTypes(const QJsonObject &object, const QString &place,
                                              const QString &key)
{
    std::vector<EventType> result;
    for (const QString &name : strings(object, place, key)) {
        if (const auto type = eventType(name, place, key))
            result.push_back(*type);
    }
    return result;
}

QString JsonReader::itemPlace(const QString &part, qsizetype index, const QString &name)
{
    const QString place = QStringLiteral("%1[%2]").arg(part).arg(index);
    return name.isEmpty() ? place : QStringLiteral("%1 (%2)").arg(place, quoted(name));
}

} // namespace baton
