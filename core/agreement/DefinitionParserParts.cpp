// The parts of the definition sales uses later: checklist, reasons, meaningful contacts, SLA tiers;
// and DefinitionJson::fromJson, which drives DefinitionParser.
#include "agreement/DefinitionJson.h"
#include "agreement/DefinitionParser.h"
#include "metrics/MetricUnit.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace baton {

std::vector<QualificationCriterion> DefinitionParser::checklist(const QJsonArray &list)
{
    std::vector<QualificationCriterion> criteria;
    QStringList ids;
    for (qsizetype i = 0; i < list.size() && !m_reader.failed(); ++i) {
        const QString place =
            JsonReader::itemPlace("checklist", i, list[i].toObject().value("name").toString());
        const QJsonObject object = m_reader.object(list[i], place);
        m_reader.checkKeys(object, place, {"id", "name", "required"});
        QualificationCriterion criterion;
        criterion.id = m_reader.requiredText(object, place, "id");
        criterion.name = m_reader.requiredText(object, place, "name");
        criterion.required = m_reader.boolean(object, place, "required", true);
        unique(ids, criterion.id, "id", place);
        criteria.push_back(std::move(criterion));
    }
    return criteria;
}

std::vector<Reason> DefinitionParser::reasons(const QJsonArray &list)
{
    std::vector<Reason> result;
    QStringList keys;
    for (qsizetype i = 0; i < list.size() && !m_reader.failed(); ++i) {
        const QString place =
            JsonReader::itemPlace("reasons", i, list[i].toObject().value("code").toString());
        const QJsonObject object = m_reader.object(list[i], place);
        m_reader.checkKeys(object, place, {"stage", "code", "label", "noteRequired"});
        Reason reason;
        const QString stage = m_reader.string(object, place, "stage");
        const auto known = stageFromName(stage);
        if (!m_reader.failed() && (!known || (*known != Stage::Rejected && *known != Stage::Disqualified &&
                                              *known != Stage::Recycled)))
            m_reader.fail(place,
                          QStringLiteral("stage %1 takes no reason; expected rejected, disqualified or "
                                         "recycled")
                              .arg(JsonReader::quoted(stage)));
        reason.stage = known.value_or(Stage::Rejected);
        reason.code = m_reader.requiredText(object, place, "code");
        reason.label = m_reader.requiredText(object, place, "label");
        reason.noteRequired = m_reader.boolean(object, place, "noteRequired", false);
        unique(keys, stage + QLatin1Char('/') + reason.code, "reason", place);
        result.push_back(std::move(reason));
    }
    return result;
}

std::vector<MeaningfulContact> DefinitionParser::meaningfulContacts(const QJsonArray &list)
{
    std::vector<MeaningfulContact> result;
    QStringList types;
    for (qsizetype i = 0; i < list.size() && !m_reader.failed(); ++i) {
        const QString typeName = list[i].toObject().value("activityType").toString();
        const QString place = JsonReader::itemPlace("meaningfulContacts", i, typeName);
        const QJsonObject object = m_reader.object(list[i], place);
        m_reader.checkKeys(object, place, {"activityType", "outcomes"});
        MeaningfulContact contact;
        const QString name = m_reader.string(object, place, "activityType");
        const auto type = activityTypeFromName(name);
        if (!m_reader.failed() && !type) {
            QStringList names;
            for (ActivityType known : allActivityTypes)
                names.append(activityTypeName(known));
            m_reader.fail(place, QStringLiteral("activity type %1 is not known; expected one of %2")
                                     .arg(JsonReader::quoted(name), names.join(QStringLiteral(", "))));
        }
        contact.activityType = type.value_or(ActivityType::Call);
        contact.outcomes = m_reader.strings(object, place, "outcomes");
        const QStringList allowed = activityOutcomes(contact.activityType);
        for (const QString &outcome : contact.outcomes) {
            if (!m_reader.failed() && !allowed.contains(outcome))
                m_reader.fail(
                    place, QStringLiteral("outcome %1 is not one of %2: %3")
                               .arg(JsonReader::quoted(outcome), name, allowed.join(QStringLiteral(", "))));
        }
        if (!m_reader.failed() && contact.outcomes.isEmpty())
            m_reader.fail(place, QStringLiteral("\"outcomes\" must list at least one outcome"));
        unique(types, name, "activity type", place);
        result.push_back(std::move(contact));
    }
    return result;
}

std::vector<SlaTier> DefinitionParser::slaTiers(const QJsonArray &list)
{
    std::vector<SlaTier> tiers;
    QStringList names;
    for (qsizetype i = 0; i < list.size() && !m_reader.failed(); ++i) {
        const QString place =
            JsonReader::itemPlace("slaTiers", i, list[i].toObject().value("name").toString());
        const QJsonObject object = m_reader.object(list[i], place);
        m_reader.checkKeys(object, place, {"name", "responseMinutes", "events", "minTotalScore"});
        SlaTier tier;
        tier.name = m_reader.requiredText(object, place, "name");
        tier.responseMinutes = m_reader.smallInteger(object, place, "responseMinutes", true).value_or(0);
        if (!m_reader.failed() && tier.responseMinutes <= 0)
            m_reader.fail(place, QStringLiteral("\"responseMinutes\" must be above 0"));
        tier.events = m_reader.eventTypes(object, place, "events");
        tier.minTotalScore = m_reader.smallInteger(object, place, "minTotalScore", false);
        unique(names, tier.name, "tier name", place);
        tiers.push_back(std::move(tier));
    }
    return tiers;
}

std::vector<MetricTarget> DefinitionParser::targets(const QJsonArray &list)
{
    std::vector<MetricTarget> targets;
    QStringList metrics;
    for (qsizetype i = 0; i < list.size() && !m_reader.failed(); ++i) {
        const QString place =
            JsonReader::itemPlace("targets", i, list[i].toObject().value("metric").toString());
        const QJsonObject object = m_reader.object(list[i], place);
        m_reader.checkKeys(object, place, {"metric", "atLeast", "atMost"});
        MetricTarget target;
        const QString name = m_reader.requiredText(object, place, "metric");
        const auto key = metricKeyFromName(name);
        if (!m_reader.failed() && !key)
            m_reader.fail(
                place,
                QStringLiteral("\"metric\" %1 is not a metric of the review").arg(JsonReader::quoted(name)));
        target.metric = key.value_or(MetricKey::AcceptanceRate);
        const bool atLeast = object.contains(QLatin1String("atLeast"));
        const bool atMost = object.contains(QLatin1String("atMost"));
        if (!m_reader.failed() && atLeast == atMost)
            m_reader.fail(place, QStringLiteral("give one of \"atLeast\" and \"atMost\""));
        const QJsonValue value = object.value(QLatin1String(atLeast ? "atLeast" : "atMost"));
        if (!m_reader.failed() && (!value.isDouble() || value.toDouble() < 0))
            m_reader.fail(place, QStringLiteral("the target is a number, 0 or more"));
        if (!m_reader.failed() && !metricTakesTarget(target.metric))
            m_reader.fail(place,
                          QStringLiteral("%1 is not one number counted per week: it cannot have a target")
                              .arg(JsonReader::quoted(name)));
        if (!m_reader.failed() && metricUnit(target.metric) == MetricUnit::Rate && value.toDouble() > 1)
            m_reader.fail(place, QStringLiteral("a rate's target is a fraction from 0 to 1 (0.6 for 60%)"));
        target.bound = atLeast ? MetricTarget::Bound::AtLeast : MetricTarget::Bound::AtMost;
        target.value = value.toDouble();
        unique(metrics, name, "target for", place);
        targets.push_back(target);
    }
    return targets;
}

Result<Definition> DefinitionJson::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorKind::InvalidInput, QStringLiteral("%1: not valid JSON at byte %2: %3")
                                                      .arg(sourceName)
                                                      .arg(parseError.offset)
                                                      .arg(parseError.errorString()));
    if (!document.isObject())
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("%1: a definition is a JSON object with fitRules, engagementRules, …")
                             .arg(sourceName));
    JsonReader reader(sourceName);
    Definition definition = DefinitionParser(reader).parse(document.object());
    if (reader.failed())
        return makeError(ErrorKind::InvalidInput, reader.error());
    return definition;
}

} // namespace baton
