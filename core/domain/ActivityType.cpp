#include "domain/ActivityType.h"

namespace baton {

QString activityTypeName(ActivityType type)
{
    switch (type) {
    case ActivityType::Call:
        return QStringLiteral("call");
    case ActivityType::Email:
        return QStringLiteral("email");
    case ActivityType::Meeting:
        return QStringLiteral("meeting");
    case ActivityType::LinkedIn:
        return QStringLiteral("linkedin");
    case ActivityType::Note:
        return QStringLiteral("note");
    }
    return {};
}

QString activityTypeLabel(ActivityType type)
{
    switch (type) {
    case ActivityType::Call:
        return QStringLiteral("Call");
    case ActivityType::Email:
        return QStringLiteral("Email");
    case ActivityType::Meeting:
        return QStringLiteral("Meeting");
    case ActivityType::LinkedIn:
        return QStringLiteral("LinkedIn message");
    case ActivityType::Note:
        return QStringLiteral("Note");
    }
    return {};
}

std::optional<ActivityType> activityTypeFromName(QStringView name)
{
    for (ActivityType type : allActivityTypes) {
        if (name.compare(activityTypeName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

QStringList activityOutcomes(ActivityType type)
{
    switch (type) {
    case ActivityType::Call:
        return {QStringLiteral("connected"), QStringLiteral("voicemail"), QStringLiteral("no_answer"),
                QStringLiteral("wrong_number")};
    case ActivityType::Email:
        return {QStringLiteral("sent"), QStringLiteral("replied"), QStringLiteral("bounced")};
    case ActivityType::Meeting:
        return {QStringLiteral("scheduled"), QStringLiteral("held"), QStringLiteral("no_show")};
    case ActivityType::LinkedIn:
        return {QStringLiteral("sent"), QStringLiteral("replied")};
    case ActivityType::Note:
        return {QStringLiteral("noted")};
    }
    return {};
}

QString outcomeLabel(QStringView outcome)
{
    QString label = outcome.toString();
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

} // namespace baton
