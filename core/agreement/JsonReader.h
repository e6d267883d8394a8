#pragma once

#include "domain/EventType.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace baton {

/// Reads values out of JSON objects for DefinitionJson, keeping the first error with the place it
/// happened: "<source>: <place>: <what>". After a failure every call returns an empty value.
class JsonReader {
public:
    explicit JsonReader(QString source)
        : m_source(std::move(source))
    {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &place, const QString &message);

    /// Refuses a key that is not one of `allowed`.
    void checkKeys(const QJsonObject &object, const QString &place, const QStringList &allowed);
    QJsonObject object(const QJsonValue &value, const QString &place);
    QJsonArray array(const QJsonObject &object, const QString &place, const QString &key);

    QString string(const QJsonObject &object, const QString &place, const QString &key);
    QString optionalString(const QJsonObject &object, const QString &place, const QString &key);
    /// A non-empty, trimmed text.
    QString requiredText(const QJsonObject &object, const QString &place, const QString &key);
    std::optional<double> number(const QJsonObject &object, const QString &place, const QString &key,
                                 bool required);
    std::optional<qint64> integer(const QJsonObject &object, const QString &place, const QString &key,
                                  bool required);
    /// A whole number within ±1,000,000,000: points, thresholds, minutes.
    std::optional<int> smallInteger(const QJsonObject &object, const QString &place, const QString &key,
                                    bool required);
    bool boolean(const QJsonObject &object, const QString &place, const QString &key, bool fallback);
    QStringList strings(const QJsonObject &object, const QString &place, const QString &key);
    std::optional<EventType> eventType(const QString &name, const QString &place, const QString &key);
    std::vector<EventType> eventTypes(const QJsonObject &object, const QString &place, const QString &key);

    /// "fitRules[2] (\"Enterprise size\")"
    static QString itemPlace(const QString &part, qsizetype index, const QString &name);
    static QString quoted(const QString &text) { return QLatin1Char('"') + text + QLatin1Char('"'); }

private:
    QJsonValue value(const QJsonObject &object, const QString &place, const QString &key, bool required);

    QString m_source;
    QString m_error;
};

} // namespace baton
