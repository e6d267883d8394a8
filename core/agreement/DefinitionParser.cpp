#include "agreement/DefinitionParser.h"

#include "agreement/ContextField.h"
#include "agreement/DefinitionJson.h"

namespace baton {
namespace {

QString nameOf(const QJsonValue &item, const char *key = "name")
{
    return item.toObject().value(QLatin1String(key)).toString();
}

template<typename E, size_t N>
QString namesOf(const std::array<E, N> &all, QString (*name)(E))
{
    QStringList names;
    for (E value : all)
        names.append(name(value));
    return names.join(QStringLiteral(", "));
}

} // namespace

void DefinitionParser::unique(QStringList &seen, const QString &key, const QString &what,
                              const QString &place)
{
    if (m_reader.failed())
        return;
    if (seen.contains(key))
        m_reader.fail(
            place, QStringLiteral("duplicate %1 %2; each must be unique").arg(what, JsonReader::quoted(key)));
    seen.append(key);
}

Definition DefinitionParser::parse(const QJsonObject &root)
{
    m_reader.checkKeys(root, {},
                       {"format", "fitRules", "engagementRules", "mqlRule", "requiredFields", "checklist",
                        "reasons", "meaningfulContacts", "slaTiers", "targets"});
    for (const char *part : {"fitRules", "engagementRules", "mqlRule", "requiredFields", "checklist",
                             "reasons", "meaningfulContacts", "slaTiers"}) {
        if (!m_reader.failed() && !root.contains(QLatin1String(part)))
            m_reader.fail({}, QStringLiteral("\"%1\" is missing; a definition has every part, even if empty")
                                  .arg(QLatin1String(part)));
    }
    const auto format = m_reader.integer(root, {}, "format", false);
    if (format && *format != DefinitionJson::formatVersion)
        m_reader.fail({}, QStringLiteral("format %1 is not supported; this Baton reads format %2")
                              .arg(*format)
                              .arg(DefinitionJson::formatVersion));
    Definition d;
    d.fitRules = fitRules(m_reader.array(root, {}, "fitRules"));
    d.engagementRules = engagementRules(m_reader.array(root, {}, "engagementRules"));
    d.mqlRule = mqlRule(m_reader.object(root.value("mqlRule"), "mqlRule"));
    d.requiredFields = requiredFields(root);
    d.checklist = checklist(m_reader.array(root, {}, "checklist"));
    d.reasons = reasons(m_reader.array(root, {}, "reasons"));
    d.meaningfulContacts = meaningfulContacts(m_reader.array(root, {}, "meaningfulContacts"));
    d.slaTiers = slaTiers(m_reader.array(root, {}, "slaTiers"));
    if (root.contains(QLatin1String("targets")))
        d.targets = targets(m_reader.array(root, {}, "targets"));
    return d;
}

std::vector<FitRule> DefinitionParser::fitRules(const QJsonArray &list)
{
    std::vector<FitRule> rules;
    QStringList ids;
    for (qsizetype i = 0; i < list.size() && !m_reader.failed(); ++i) {
        const QString place = JsonReader::itemPlace("fitRules", i, nameOf(list[i]));
        rules.push_back(fitRule(m_reader.object(list[i], place), place));
        unique(ids, rules.back().id, "id", place);
    }
    return rules;
}

FitRule DefinitionParser::fitRule(const QJsonObject &object, const QString &place)
{
    JsonReader &r = m_reader;
    r.checkKeys(object, place, {"id", "name", "field", "operator", "values", "min", "max", "points"});
    FitRule rule;
    rule.id = r.requiredText(object, place, "id");
    rule.name = r.requiredText(object, place, "name");
    const QString field = r.string(object, place, "field");
    const auto knownField = r.failed() ? std::optional<FitField>{} : fitFieldFromName(field);
    if (!r.failed() && !knownField)
        r.fail(place, QStringLiteral("field %1 is not known; expected one of %2")
                          .arg(JsonReader::quoted(field), namesOf(allFitFields, fitFieldName)));
    const QString op = r.string(object, place, "operator");
    const auto knownOp = r.failed() ? std::optional<FitOperator>{} : fitOperatorFromName(op);
    if (!r.failed() && !knownOp)
        r.fail(place, QStringLiteral("operator %1 is not known; expected one of %2")
                          .arg(JsonReader::quoted(op), namesOf(allFitOperators, fitOperatorName)));
    if (r.failed())
        return rule;
    rule.field = *knownField;
    rule.op = *knownOp;
    rule.points = r.smallInteger(object, place, "points", true).value_or(0);
    const bool numeric = isNumericFitField(rule.field);
    if (rule.op == FitOperator::InRange) {
        if (!numeric)
            r.fail(place, QStringLiteral("in_range needs a number field (employees, annual_revenue), not %1")
                              .arg(JsonReader::quoted(field)));
        if (object.contains("values"))
            r.fail(place, QStringLiteral("in_range takes \"min\" and \"max\", not \"values\""));
        rule.min = r.integer(object, place, "min", false);
        rule.max = r.integer(object, place, "max", false);
        if (!r.failed() && !rule.min && !rule.max)
            r.fail(place, QStringLiteral("in_range needs \"min\", \"max\" or both"));
        if (!r.failed() && rule.min && rule.max && *rule.min > *rule.max)
            r.fail(place, QStringLiteral("\"min\" %1 is above \"max\" %2").arg(*rule.min).arg(*rule.max));
        return rule;
    }
    if (numeric)
        r.fail(place, QStringLiteral("%1 needs a text field; use in_range for %2")
                          .arg(JsonReader::quoted(op), JsonReader::quoted(field)));
    if (object.contains("min") || object.contains("max"))
        r.fail(place,
               QStringLiteral("%1 takes \"values\", not \"min\" or \"max\"").arg(JsonReader::quoted(op)));
    rule.values = r.strings(object, place, "values");
    rule.values.removeIf([](const QString &v) { return v.trimmed().isEmpty(); });
    if (!r.failed() && rule.values.isEmpty())
        r.fail(place, QStringLiteral("\"values\" must list at least one value"));
    return rule;
}

std::vector<EngagementRule> DefinitionParser::engagementRules(const QJsonArray &list)
{
    std::vector<EngagementRule> rules;
    QStringList ids;
    for (qsizetype i = 0; i < list.size() && !m_reader.failed(); ++i) {
        const QString place = JsonReader::itemPlace("engagementRules", i, nameOf(list[i]));
        rules.push_back(engagementRule(m_reader.object(list[i], place), place));
        unique(ids, rules.back().id, "id", place);
    }
    return rules;
}

EngagementRule DefinitionParser::engagementRule(const QJsonObject &object, const QString &place)
{
    JsonReader &r = m_reader;
    r.checkKeys(object, place, {"id", "name", "eventType", "detailPattern", "points", "halfLifeDays", "cap"});
    EngagementRule rule;
    rule.id = r.requiredText(object, place, "id");
    rule.name = r.requiredText(object, place, "name");
    rule.eventType =
        r.eventType(r.string(object, place, "eventType"), place, "eventType").value_or(EventType::PageView);
    rule.detailPattern = r.optionalString(object, place, "detailPattern");
    rule.points = r.number(object, place, "points", true).value_or(0);
    rule.halfLifeDays = r.number(object, place, "halfLifeDays", true).value_or(0);
    rule.cap = r.number(object, place, "cap", false);
    if (!r.failed() && rule.halfLifeDays < 0)
        r.fail(place, QStringLiteral("\"halfLifeDays\" %1 is negative; use 0 for points that never decay")
                          .arg(rule.halfLifeDays));
    if (!r.failed() && rule.cap && *rule.cap <= 0)
        r.fail(place, QStringLiteral("\"cap\" %1 must be above 0; leave it out for no cap").arg(*rule.cap));
    return rule;
}

MqlRule DefinitionParser::mqlRule(const QJsonObject &object)
{
    const QString place = QStringLiteral("mqlRule");
    m_reader.checkKeys(object, place, {"minFit", "minEngagement", "fastTrackEvents"});
    MqlRule rule;
    rule.minFit = m_reader.smallInteger(object, place, "minFit", true).value_or(0);
    rule.minEngagement = m_reader.smallInteger(object, place, "minEngagement", true).value_or(0);
    rule.fastTrackEvents = m_reader.eventTypes(object, place, "fastTrackEvents");
    return rule;
}

QStringList DefinitionParser::requiredFields(const QJsonObject &root)
{
    QStringList fields;
    const QStringList listed = m_reader.strings(root, {}, "requiredFields");
    for (qsizetype i = 0; i < listed.size() && !m_reader.failed(); ++i) {
        const QString place = QStringLiteral("requiredFields[%1]").arg(i);
        if (!isKnownContextField(listed[i]))
            m_reader.fail(place, QStringLiteral("field %1 is not known; expected one of %2")
                                     .arg(JsonReader::quoted(listed[i]),
                                          knownContextFields().join(QStringLiteral(", "))));
        unique(fields, listed[i], "field", place);
    }
    return fields;
}

} // namespace baton
