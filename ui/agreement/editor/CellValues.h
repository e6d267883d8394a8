#pragma once

#include "domain/EventType.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

/// Conversions between the definition's values and what a table cell shows and accepts.
namespace baton::cellValues {

/// "Software, Healthcare" -> {"Software", "Healthcare"}; blanks dropped. A QStringList passes through.
QStringList splitList(const QVariant &value);
QString joinList(const QStringList &list);

/// Shown for an absent optional number.
QString noValueText();

/// Empty text (or an invalid QVariant) is no value; `ok` is false when the text is not a number.
std::optional<qint64> parseOptionalInteger(const QVariant &value, bool *ok);
std::optional<double> parseOptionalNumber(const QVariant &value, bool *ok);
/// For the cell's editor: plain digits, no group separators; empty when absent.
QString editText(std::optional<qint64> value);
QString editText(std::optional<double> value);
/// For reading: "20,000,000", "2.5"; noValueText() when absent.
QString displayText(std::optional<qint64> value);
QString displayText(std::optional<double> value);
QString displayText(double value);

/// A length of time as a person types it: "90" (minutes), "90 min", "1.5 h", "1 h 30 min", "14 d",
/// "45 s"; `ok` is false for anything else, or a negative or empty one.
qint64 parseDurationSeconds(const QVariant &value, bool *ok);
/// For the cell's editor, in the same words: "1 h 30 min", "14 d", "45 s"; "0 min" for none.
QString durationEditText(qint64 seconds);

QStringList eventTypeNames(const std::vector<EventType> &types);
/// The names of every event type, in order, and the words for them.
QStringList allEventTypeNames();
QStringList allEventTypeLabels();
QString eventTypeLabels(const std::vector<EventType> &types);
/// Names or labels, any case; `ok` is false when one is not an event type.
std::vector<EventType> parseEventTypes(const QVariant &value, bool *ok);

} // namespace baton::cellValues
