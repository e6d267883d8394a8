#pragma once

#include "agreement/Definition.h"
#include "agreement/JsonReader.h"

#include <QJsonObject>

namespace baton {

/// Reads each part of a definition document and checks that every rule can be evaluated.
/// Used by DefinitionJson::fromJson; the first problem stops it, with its place in the reader.
class DefinitionParser {
public:
    explicit DefinitionParser(JsonReader &reader)
        : m_reader(reader)
    {}

    Definition parse(const QJsonObject &root);

private:
    std::vector<FitRule> fitRules(const QJsonArray &list);
    FitRule fitRule(const QJsonObject &object, const QString &place);
    std::vector<EngagementRule> engagementRules(const QJsonArray &list);
    EngagementRule engagementRule(const QJsonObject &object, const QString &place);
    MqlRule mqlRule(const QJsonObject &object);
    QStringList requiredFields(const QJsonObject &root);
    std::vector<QualificationCriterion> checklist(const QJsonArray &list);
    std::vector<Reason> reasons(const QJsonArray &list);
    std::vector<MeaningfulContact> meaningfulContacts(const QJsonArray &list);
    std::vector<SlaTier> slaTiers(const QJsonArray &list);
    std::vector<MetricTarget> targets(const QJsonArray &list);
    /// Refuses a key seen before in the same part: "duplicate id \"x\"; ids must be unique".
    void unique(QStringList &seen, const QString &key, const QString &what, const QString &place);

    JsonReader &m_reader;
};

} // namespace baton
