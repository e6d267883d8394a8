#include "agreement/editor/CellValues.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace baton::cellValues {
namespace {

QString trimmedText(const QVariant &value)
{
    return value.toString().trimmed();
}

std::optional<EventType> eventTypeFromText(const QString &text)
{
    if (const auto byName = eventTypeFromName(text))
        return byName;
    for (EventType type : allEventTypes) {
        if (text.compare(eventTypeLabel(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

} // namespace

QStringList splitList(const QVariant &value)
{
    QStringList parts = value.typeId() == QMetaType::QStringList
                            ? value.toStringList()
                            : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    parts.removeIf([](const QString &part) { return part.isEmpty(); });
    return parts;
}

QString joinList(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

QString noValueText()
{
    return QStringLiteral("—");
}

std::optional<qint64> parseOptionalInteger(const QVariant &value, bool *ok)
{
    *ok = true;
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    const QString text = trimmedText(value);
    if (text.isEmpty() || text == noValueText())
        return std::nullopt;
    qint64 number = QLocale().toLongLong(text, ok);
    if (!*ok)
        number = text.toLongLong(ok);
    return *ok ? std::optional<qint64>(number) : std::nullopt;
}

std::optional<double> parseOptionalNumber(const QVariant &value, bool *ok)
{
    *ok = true;
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    if (value.typeId() == QMetaType::Double)
        return value.toDouble();
    const QString text = trimmedText(value);
    if (text.isEmpty() || text == noValueText())
        return std::nullopt;
    double number = QLocale().toDouble(text, ok);
    if (!*ok)
        number = text.toDouble(ok);
    return *ok ? std::optional<double>(number) : std::nullopt;
}

QString editText(std::optional<qint64> value)
{
    return value ? QString::number(*value) : QString();
}

QString editText(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'g', 15) : QString();
}

QString displayText(std::optional<qint64> value)
{
    return value ? QLocale().toString(*value) : noValueText();
}

QString displayText(std::optional<double> value)
{
    return value ? displayText(*value) : noValueText();
}

QString displayText(double value)
{
    return QLocale().toString(value, 'g', 15);
}

qint64 parseDurationSeconds(const QVariant &value, bool *ok)
{
    static const QRegularExpression part(
        QStringLiteral("\\G\\s*(\\d+(?:[.,]\\d+)?)\\s*(days?|d|hours?|h|minutes?|min|m|seconds?|sec|s)?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = trimmedText(value);
    *ok = false;
    double seconds = 0;
    qsizetype at = 0;
    bool bare = false;
    while (at < text.size()) {
        const QRegularExpressionMatch match = part.match(text, at);
        if (!match.hasMatch() || match.capturedLength() == 0 || bare)
            return 0;
        const double number =
            QString(match.captured(1)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        const QString unit = match.captured(2).toLower();
        bare = unit.isEmpty(); // a bare number is minutes, and only on its own
        if (bare && at > 0)
            return 0;
        const double scale = unit.startsWith(QLatin1Char('d'))   ? 86400.0
                             : unit.startsWith(QLatin1Char('h')) ? 3600.0
                             : unit.startsWith(QLatin1Char('s')) ? 1.0
                                                                 : 60.0;
        seconds += number * scale;
        at = match.capturedEnd();
    }
    if (at == 0 || seconds > 1e12)
        return 0;
    *ok = true;
    return static_cast<qint64>(std::llround(seconds));
}

QString durationEditText(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 rest = seconds % 60;
    QStringList parts;
    if (days > 0)
        parts.append(QStringLiteral("%1 d").arg(days));
    if (hours > 0)
        parts.append(QStringLiteral("%1 h").arg(hours));
    if (minutes > 0)
        parts.append(QStringLiteral("%1 min").arg(minutes));
    if (rest > 0)
        parts.append(QStringLiteral("%1 s").arg(rest));
    return parts.isEmpty() ? QStringLiteral("0 min") : parts.join(QLatin1Char(' '));
}

QStringList eventTypeNames(const std::vector<EventType> &types)
{
    QStringList names;
    for (EventType type : types)
        names.append(eventTypeName(type));
    return names;
}

QStringList allEventTypeNames()
{
    return eventTypeNames({allEventTypes.begin(), allEventTypes.end()});
}

QStringList allEventTypeLabels()
{
    QStringList labels;
    for (EventType type : allEventTypes)
        labels.append(eventTypeLabel(type));
    return labels;
}

QString eventTypeLabels(const std::vector<EventType> &types)
{
    QStringList labels;
    for (EventType type : types)
        labels.append(eventTypeLabel(type));
    return joinList(labels);
}

std::vector<EventType> parseEventTypes(const QVariant &value, bool *ok)
{
    *ok = true;
    std::vector<EventType> types;
    for (const QString &text : splitList(value)) {
        const auto type = eventTypeFromText(text);
        if (!type) {
            *ok = false;
            return {};
        }
        if (std::find(types.begin(), types.end(), *type) == types.end())
            types.push_back(*type);
    }
    return types;
}

} // namespace baton::cellValues
