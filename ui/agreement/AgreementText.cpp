#include "agreement/AgreementText.h"

#include "agreement/FitField.h"
#include "agreement/FitOperator.h"
#include "agreement/UserDirectory.h"
#include "agreement/editor/FitRuleModel.h"
#include "domain/ActivityType.h"
#include "domain/EventType.h"
#include "domain/Stage.h"
#include "format/AgeFormat.h"

#include <QHash>
#include <QLocale>

namespace baton {
namespace {

QString unit(qint64 value, const QString &singular, const QString &plural)
{
    return QStringLiteral("%1 %2").arg(value).arg(value == 1 ? singular : plural);
}

} // namespace

QString AgreementText::duration(qint64 seconds)
{
    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    if (seconds < minute)
        return tr("less than a minute");
    const qint64 days = seconds / day;
    const qint64 hours = (seconds % day) / hour;
    const qint64 minutes = (seconds % hour) / minute;
    QStringList parts;
    if (days > 0) {
        parts << unit(days, tr("day"), tr("days"));
        if (hours > 0)
            parts << unit(hours, tr("hour"), tr("hours"));
    } else if (hours > 0) {
        parts << unit(hours, tr("hour"), tr("hours"));
        if (minutes > 0)
            parts << unit(minutes, tr("minute"), tr("minutes"));
    } else {
        parts << unit(minutes, tr("minute"), tr("minutes"));
    }
    return parts.join(QLatin1Char(' '));
}

QString AgreementText::agreedIn(qint64 seconds)
{
    return tr("agreed in %1").arg(duration(seconds));
}

QString AgreementText::time(const QDateTime &time)
{
    return time.isValid() ? AgeFormat::full(time) : QStringLiteral("—");
}

QString AgreementText::number(qint64 value)
{
    return QLocale().toString(value);
}

QString AgreementText::count(qint64 value, const QString &singular, const QString &plural)
{
    return QStringLiteral("%1 %2").arg(number(value), value == 1 ? singular : plural);
}

QString AgreementText::teamLabel(DefinitionTeam team)
{
    return team == DefinitionTeam::Marketing ? tr("Marketing") : tr("Sales");
}

QString AgreementText::kindLabel(VersionKind kind)
{
    return kind == VersionKind::Draft ? tr("Draft") : tr("Proposal");
}

QString AgreementText::statusLabel(VersionStatus status)
{
    switch (status) {
    case VersionStatus::Draft:
        return tr("Draft");
    case VersionStatus::Proposed:
        return tr("Proposed");
    case VersionStatus::Effective:
        return tr("Effective");
    case VersionStatus::Superseded:
        return tr("Superseded");
    }
    return {};
}

QString AgreementText::draftOf(DefinitionTeam team)
{
    return team == DefinitionTeam::Marketing ? tr("Marketing's draft") : tr("Sales' draft");
}

QString AgreementText::versionTitle(const DefinitionVersion &version)
{
    if (version.number == 0)
        return tr("Version 0 · built-in defaults");
    if (version.kind == VersionKind::Draft) {
        return version.team == DefinitionTeam::Sales ? tr("Version %1 · sales draft").arg(version.number)
                                                     : tr("Version %1 · marketing draft").arg(version.number);
    }
    switch (version.status) {
    case VersionStatus::Proposed:
        return tr("Version %1 · proposal awaiting signatures").arg(version.number);
    case VersionStatus::Effective:
        return tr("Version %1 · effective").arg(version.number);
    case VersionStatus::Superseded:
        return tr("Version %1 · superseded").arg(version.number);
    case VersionStatus::Draft:
        break;
    }
    return tr("Version %1 · proposal").arg(version.number);
}

QString AgreementText::signature(const DefinitionSignature &signature, const UserDirectory &users)
{
    return tr("%1 (%2) on %3")
        .arg(users.nameOf(signature.userId), roleLabel(signature.role).toLower(), time(signature.signedAt));
}

QString AgreementText::partLabel(const QString &part)
{
    if (part == QLatin1String("fitRules"))
        return tr("Fit rules");
    if (part == QLatin1String("engagementRules"))
        return tr("Engagement rules");
    if (part == QLatin1String("mqlRule"))
        return tr("MQL rule");
    if (part == QLatin1String("requiredFields"))
        return tr("Required context fields");
    if (part == QLatin1String("checklist"))
        return tr("Qualification checklist");
    if (part == QLatin1String("reasons"))
        return tr("Reasons");
    if (part == QLatin1String("meaningfulContacts"))
        return tr("Meaningful first contacts");
    if (part == QLatin1String("slaTiers"))
        return tr("SLA tiers");
    return propertyLabel(part);
}

QString AgreementText::propertyLabel(const QString &property)
{
    // The editor's words for the properties DefinitionJson writes.
    static const QHash<QString, const char *> known{
        {QStringLiteral("id"), QT_TR_NOOP("Id")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("field"), QT_TR_NOOP("Field")},
        {QStringLiteral("operator"), QT_TR_NOOP("Test")},
        {QStringLiteral("values"), QT_TR_NOOP("Values")},
        {QStringLiteral("min"), QT_TR_NOOP("Minimum")},
        {QStringLiteral("max"), QT_TR_NOOP("Maximum")},
        {QStringLiteral("points"), QT_TR_NOOP("Points")},
        {QStringLiteral("eventType"), QT_TR_NOOP("Event")},
        {QStringLiteral("detailPattern"), QT_TR_NOOP("Detail")},
        {QStringLiteral("halfLifeDays"), QT_TR_NOOP("Half-life (days)")},
        {QStringLiteral("cap"), QT_TR_NOOP("Cap")},
        {QStringLiteral("position"), QT_TR_NOOP("Position in the list")},
        {QStringLiteral("minFit"), QT_TR_NOOP("Minimum fit score")},
        {QStringLiteral("minEngagement"), QT_TR_NOOP("Minimum engagement score")},
        {QStringLiteral("fastTrackEvents"), QT_TR_NOOP("Fast-track events")},
        {QStringLiteral("required"), QT_TR_NOOP("Required")},
        {QStringLiteral("stage"), QT_TR_NOOP("When")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("label"), QT_TR_NOOP("Reason")},
        {QStringLiteral("noteRequired"), QT_TR_NOOP("Note required")},
        {QStringLiteral("activityType"), QT_TR_NOOP("Activity")},
        {QStringLiteral("outcomes"), QT_TR_NOOP("Outcomes that count")},
        {QStringLiteral("responseMinutes"), QT_TR_NOOP("Respond within (minutes)")},
        {QStringLiteral("events"), QT_TR_NOOP("Events")},
        {QStringLiteral("minTotalScore"), QT_TR_NOOP("Minimum score")},
    };
    if (const auto found = known.constFind(property); found != known.constEnd())
        return tr(found.value());
    QString words;
    for (const QChar c : property) {
        if (c.isUpper() && !words.isEmpty()) {
            words += QLatin1Char(' ');
            words += c.toLower();
        } else if (c == QLatin1Char('_')) {
            words += QLatin1Char(' ');
        } else {
            words += c;
        }
    }
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString AgreementText::propertyValue(const QString &property, const QString &value)
{
    if (value.isEmpty() || value == QLatin1String("(none)"))
        return QStringLiteral("—");
    const auto eachLabel = [&value](const auto &label) {
        QStringList labels;
        for (const QString &name : value.split(QStringLiteral(", ")))
            labels << label(name);
        return labels.join(QStringLiteral(", "));
    };
    if (property == QLatin1String("eventType") || property == QLatin1String("fastTrackEvents") ||
        property == QLatin1String("events")) {
        return eachLabel([](const QString &name) {
            const auto type = eventTypeFromName(name);
            return type ? eventTypeLabel(*type) : name;
        });
    }
    if (property == QLatin1String("field")) {
        const auto field = fitFieldFromName(value);
        return field ? FitRuleModel::fieldLabel(*field) : value;
    }
    if (property == QLatin1String("operator")) {
        const auto op = fitOperatorFromName(value);
        return op ? FitRuleModel::operatorLabel(*op) : value;
    }
    if (property == QLatin1String("stage")) {
        const auto stage = stageFromName(value);
        return stage ? stageLabel(*stage) : value;
    }
    if (property == QLatin1String("activityType")) {
        const auto type = activityTypeFromName(value);
        return type ? activityTypeLabel(*type) : value;
    }
    if (property == QLatin1String("outcomes"))
        return eachLabel([](const QString &name) { return outcomeLabel(name); });
    if (property == QLatin1String("required") || property == QLatin1String("noteRequired"))
        return value == QLatin1String("yes") ? tr("yes") : value == QLatin1String("no") ? tr("no") : value;
    static const QStringList numbers{QStringLiteral("min"),           QStringLiteral("max"),
                                     QStringLiteral("points"),        QStringLiteral("cap"),
                                     QStringLiteral("minFit"),        QStringLiteral("minEngagement"),
                                     QStringLiteral("minTotalScore"), QStringLiteral("responseMinutes")};
    bool isInteger = false;
    const qint64 integer = value.toLongLong(&isInteger);
    if (isInteger && numbers.contains(property))
        return number(integer); // "20,000,000"
    return value;
}

} // namespace baton
