#include "agreement/AgreementText.h"

#include "agreement/UserDirectory.h"
#include "format/AgeFormat.h"

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
    return tr("Version %1 · proposal, %2").arg(version.number).arg(statusLabel(version.status).toLower());
}

QString AgreementText::signature(const DefinitionSignature &signature, const UserDirectory &users)
{
    return tr("%1 as %2 on %3")
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

} // namespace baton
