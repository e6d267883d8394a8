#include "agreement/DefinitionJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace baton {
namespace {

QJsonArray eventNames(const std::vector<EventType> &types)
{
    QJsonArray names;
    for (EventType type : types)
        names.append(eventTypeName(type));
    return names;
}

template<typename T>
QJsonArray objects(const std::vector<T> &items)
{
    QJsonArray list;
    for (const T &item : items)
        list.append(DefinitionJson::toObject(item));
    return list;
}

} // namespace

QJsonObject DefinitionJson::toObject(const FitRule &rule)
{
    QJsonObject object{{"id", rule.id},
                       {"name", rule.name},
                       {"field", fitFieldName(rule.field)},
                       {"operator", fitOperatorName(rule.op)},
                       {"points", rule.points}};
    if (rule.op == FitOperator::InRange) {
        if (rule.min)
            object.insert("min", static_cast<double>(*rule.min));
        if (rule.max)
            object.insert("max", static_cast<double>(*rule.max));
    } else {
        object.insert("values", QJsonArray::fromStringList(rule.values));
    }
    return object;
}

QJsonObject DefinitionJson::toObject(const EngagementRule &rule)
{
    QJsonObject object{{"id", rule.id},
                       {"name", rule.name},
                       {"eventType", eventTypeName(rule.eventType)},
                       {"points", rule.points},
                       {"halfLifeDays", rule.halfLifeDays}};
    if (!rule.detailPattern.isEmpty())
        object.insert("detailPattern", rule.detailPattern);
    if (rule.cap)
        object.insert("cap", *rule.cap);
    return object;
}

QJsonObject DefinitionJson::toObject(const MqlRule &rule)
{
    return {{"minFit", rule.minFit},
            {"minEngagement", rule.minEngagement},
            {"fastTrackEvents", eventNames(rule.fastTrackEvents)}};
}

QJsonObject DefinitionJson::toObject(const QualificationCriterion &criterion)
{
    return {{"id", criterion.id}, {"name", criterion.name}, {"required", criterion.required}};
}

QJsonObject DefinitionJson::toObject(const Reason &reason)
{
    return {{"stage", stageName(reason.stage)},
            {"code", reason.code},
            {"label", reason.label},
            {"noteRequired", reason.noteRequired}};
}

QJsonObject DefinitionJson::toObject(const MeaningfulContact &contact)
{
    return {{"activityType", activityTypeName(contact.activityType)},
            {"outcomes", QJsonArray::fromStringList(contact.outcomes)}};
}

QJsonObject DefinitionJson::toObject(const SlaTier &tier)
{
    QJsonObject object{
        {"name", tier.name}, {"responseMinutes", tier.responseMinutes}, {"events", eventNames(tier.events)}};
    if (tier.minTotalScore)
        object.insert("minTotalScore", *tier.minTotalScore);
    return object;
}

QJsonObject DefinitionJson::toObject(const MetricTarget &target)
{
    return {{"metric", metricKeyName(target.metric)},
            {target.bound == MetricTarget::Bound::AtLeast ? "atLeast" : "atMost", target.value}};
}

QJsonObject DefinitionJson::toObject(const Definition &definition)
{
    QJsonObject object = withoutTargets(definition);
    // Older Batons read definitions without targets; a definition with none is written as they were.
    if (!definition.targets.empty())
        object.insert("targets", objects(definition.targets));
    return object;
}

QJsonObject DefinitionJson::withoutTargets(const Definition &definition)
{
    return {{"format", formatVersion},
            {"fitRules", objects(definition.fitRules)},
            {"engagementRules", objects(definition.engagementRules)},
            {"mqlRule", toObject(definition.mqlRule)},
            {"requiredFields", QJsonArray::fromStringList(definition.requiredFields)},
            {"checklist", objects(definition.checklist)},
            {"reasons", objects(definition.reasons)},
            {"meaningfulContacts", objects(definition.meaningfulContacts)},
            {"slaTiers", objects(definition.slaTiers)}};
}

QByteArray DefinitionJson::toJson(const Definition &definition)
{
    return QJsonDocument(toObject(definition)).toJson(QJsonDocument::Indented);
}

} // namespace baton
