#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace baton {

/// The answer to one item of the qualification checklist when a lead becomes an opportunity.
struct ChecklistAnswer {
    enum class Value { Yes, No, Unknown };

    QString criterionId; ///< "budget"
    Value value = Value::Unknown;
    QString note;

    static QString valueName(Value value) ///< "yes", "no", "unknown"
    {
        switch (value) {
        case Value::Yes:
            return QStringLiteral("yes");
        case Value::No:
            return QStringLiteral("no");
        case Value::Unknown:
            return QStringLiteral("unknown");
        }
        return {};
    }
    static std::optional<Value> valueFromName(QStringView name)
    {
        for (Value value : {Value::Yes, Value::No, Value::Unknown}) {
            if (name.compare(valueName(value), Qt::CaseInsensitive) == 0)
                return value;
        }
        return std::nullopt;
    }
};

} // namespace baton
