#pragma once

#include "agreement/Definition.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace baton {

/// The definition as a JSON document (the export/import format of `batonctl definition`).
/// Reading refuses anything it cannot evaluate, naming the place: file, part, rule, field.
class DefinitionJson {
public:
    static constexpr int formatVersion = 1;

    static QByteArray toJson(const Definition &definition);
    static QJsonObject toObject(const Definition &definition);
    /// Every part but the targets.
    static QJsonObject withoutTargets(const Definition &definition);
    static Result<Definition> fromJson(const QByteArray &json, const QString &sourceName);

    // One item of each part, as written in the document; DefinitionDiff compares these.
    static QJsonObject toObject(const FitRule &rule);
    static QJsonObject toObject(const EngagementRule &rule);
    static QJsonObject toObject(const MqlRule &rule);
    static QJsonObject toObject(const QualificationCriterion &criterion);
    static QJsonObject toObject(const Reason &reason);
    static QJsonObject toObject(const MeaningfulContact &contact);
    static QJsonObject toObject(const SlaTier &tier);
    static QJsonObject toObject(const MetricTarget &target);
};

} // namespace baton
