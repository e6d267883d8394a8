#include "routing/RoutingRuleText.h"

#include <QStringList>

namespace baton {
namespace {

struct ListKey {
    const char *key;
    QStringList RoutingCondition::*list;
};

constexpr ListKey listKeys[] = {
    {"countries", &RoutingCondition::countries},   {"regions", &RoutingCondition::regions},
    {"industries", &RoutingCondition::industries}, {"sizeBands", &RoutingCondition::sizeBands},
    {"segments", &RoutingCondition::segments},     {"campaigns", &RoutingCondition::campaigns},
    {"tiers", &RoutingCondition::tiers},
};

std::optional<RoutingCondition> fail(QString *error, const QString &message)
{
    if (error != nullptr)
        *error = message;
    return std::nullopt;
}

} // namespace

QString RoutingRuleText::condition(const RoutingCondition &when)
{
    QStringList parts;
    for (const ListKey &key : listKeys) {
        const QStringList &values = when.*(key.list);
        if (!values.isEmpty())
            parts << QStringLiteral("%1: %2").arg(QLatin1String(key.key), values.join(QStringLiteral(", ")));
    }
    if (when.minScore)
        parts << QStringLiteral("minScore: %1").arg(*when.minScore);
    if (when.maxScore)
        parts << QStringLiteral("maxScore: %1").arg(*when.maxScore);
    return parts.join(QStringLiteral("; "));
}

std::optional<RoutingCondition> RoutingRuleText::parseCondition(const QString &text, QString *error)
{
    RoutingCondition when;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return fail(
                error,
                QStringLiteral("“%1” needs a key and values, such as “regions: EMEA”").arg(part.trimmed()));
        const QString key = part.left(colon).trimmed();
        const QString value = part.mid(colon + 1).trimmed();
        if (key == QLatin1String("minScore") || key == QLatin1String("maxScore")) {
            bool ok = false;
            const int score = value.toInt(&ok);
            if (!ok)
                return fail(error, QStringLiteral("%1 must be a whole number, not “%2”").arg(key, value));
            (key == QLatin1String("minScore") ? when.minScore : when.maxScore) = score;
            continue;
        }
        bool known = false;
        for (const ListKey &listKey : listKeys) {
            if (key != QLatin1String(listKey.key))
                continue;
            known = true;
            QStringList values;
            for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                values << item.trimmed();
            when.*(listKey.list) = values;
        }
        if (!known)
            return fail(error, QStringLiteral(
                                   "“%1” is not a condition; use countries, regions, industries, sizeBands, "
                                   "segments, campaigns, tiers, minScore or maxScore")
                                   .arg(key));
    }
    for (const QString &band : when.sizeBands) {
        if (!RoutingCondition::allSizeBands().contains(band))
            return fail(error, QStringLiteral("“%1” is not a size band; use %2")
                                   .arg(band, RoutingCondition::allSizeBands().join(QStringLiteral(", "))));
    }
    for (const QString &segment : when.segments) {
        if (!RoutingCondition::allSegments().contains(segment))
            return fail(error, QStringLiteral("“%1” is not a segment; use %2")
                                   .arg(segment, RoutingCondition::allSegments().join(QStringLiteral(", "))));
    }
    return when;
}

QString RoutingRuleText::action(const RoutingAction &action)
{
    switch (action.kind) {
    case RoutingAction::Kind::Person:
        return QStringLiteral("person: %1").arg(action.target);
    case RoutingAction::Kind::Pool:
        return QStringLiteral("pool: %1").arg(action.target);
    case RoutingAction::Kind::AccountOwner:
        return QStringLiteral("account owner");
    }
    return {};
}

std::optional<RoutingAction> RoutingRuleText::parseAction(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("account owner"), Qt::CaseInsensitive) == 0)
        return RoutingAction{RoutingAction::Kind::AccountOwner, {}};
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    const QString kind = trimmed.left(colon).trimmed().toLower();
    const QString target = trimmed.mid(colon + 1).trimmed();
    if (colon > 0 && !target.isEmpty() && kind == QLatin1String("pool"))
        return RoutingAction{RoutingAction::Kind::Pool, target};
    if (colon > 0 && !target.isEmpty() && kind == QLatin1String("person"))
        return RoutingAction{RoutingAction::Kind::Person, target};
    if (error != nullptr)
        *error =
            QStringLiteral("“%1” is not an action; write “pool: NAME”, “person: LOGIN” or “account owner”")
                .arg(trimmed);
    return std::nullopt;
}

} // namespace baton
