#include "agreement/DefinitionDiff.h"

#include "agreement/DefinitionJson.h"

#include <QJsonArray>

#include <cmath>

namespace baton {
namespace {

struct Item {
    QString key;
    QString name;
    QJsonObject object;
};

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9e15)
            return QString::number(static_cast<qint64>(number)); // 1000000000000, not 1e+12
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &element : value.toArray())
            parts.append(text(element));
        return parts.join(QStringLiteral(", "));
    }
    default:
        return QStringLiteral("(none)");
    }
}

template<typename T, typename KeyOf, typename NameOf>
std::vector<Item> items(const std::vector<T> &list, KeyOf keyOf, NameOf nameOf, bool ordered)
{
    std::vector<Item> result;
    for (size_t i = 0; i < list.size(); ++i) {
        QJsonObject object = DefinitionJson::toObject(list[i]);
        if (ordered)
            object.insert(QStringLiteral("position"), static_cast<double>(i + 1));
        result.push_back(Item{keyOf(list[i]), nameOf(list[i]), object});
    }
    return result;
}

std::vector<PropertyChange> changes(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys = a.keys();
    for (const QString &key : b.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    std::vector<PropertyChange> result;
    for (const QString &key : keys) {
        if (a.value(key) != b.value(key))
            result.push_back(PropertyChange{key, text(a.value(key)), text(b.value(key))});
    }
    return result;
}

const Item *find(const std::vector<Item> &list, const QString &key)
{
    for (const Item &item : list) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

void comparePart(const QString &part, const std::vector<Item> &a, const std::vector<Item> &b,
                 std::vector<DefinitionDifference> &out)
{
    using Kind = DefinitionDifference::Kind;
    for (const Item &old : a) {
        const Item *now = find(b, old.key);
        if (now == nullptr) {
            out.push_back({part, old.key, old.name, Kind::Removed, {}});
            continue;
        }
        auto changed = changes(old.object, now->object);
        if (!changed.empty())
            out.push_back({part, old.key, now->name, Kind::Changed, std::move(changed)});
    }
    for (const Item &now : b) {
        if (find(a, now.key) == nullptr)
            out.push_back({part, now.key, now.name, Kind::Added, {}});
    }
}

std::vector<Item> fieldItems(const QStringList &fields)
{
    std::vector<Item> result;
    for (const QString &field : fields)
        result.push_back(Item{field, field, {}});
    return result;
}

} // namespace

std::vector<DefinitionDifference> DefinitionDiff::compare(const Definition &a, const Definition &b)
{
    std::vector<DefinitionDifference> out;
    const auto byId = [](const auto &rule) {
        return rule.id;
    };
    const auto byName = [](const auto &rule) {
        return rule.name;
    };
    comparePart("fitRules", items(a.fitRules, byId, byName, false), items(b.fitRules, byId, byName, false),
                out);
    comparePart("engagementRules", items(a.engagementRules, byId, byName, true),
                items(b.engagementRules, byId, byName, true), out);
    const QString mqlName = QStringLiteral("MQL rule");
    comparePart("mqlRule", {{"mql", mqlName, DefinitionJson::toObject(a.mqlRule)}},
                {{"mql", mqlName, DefinitionJson::toObject(b.mqlRule)}}, out);
    comparePart("requiredFields", fieldItems(a.requiredFields), fieldItems(b.requiredFields), out);
    comparePart("checklist", items(a.checklist, byId, byName, false), items(b.checklist, byId, byName, false),
                out);
    const auto reasonKey = [](const Reason &r) {
        return stageName(r.stage) + QLatin1Char('/') + r.code;
    };
    const auto reasonLabel = [](const Reason &r) {
        return r.label;
    };
    comparePart("reasons", items(a.reasons, reasonKey, reasonLabel, false),
                items(b.reasons, reasonKey, reasonLabel, false), out);
    const auto contactKey = [](const MeaningfulContact &c) {
        return activityTypeName(c.activityType);
    };
    const auto contactName = [](const MeaningfulContact &c) {
        return activityTypeLabel(c.activityType);
    };
    comparePart("meaningfulContacts", items(a.meaningfulContacts, contactKey, contactName, false),
                items(b.meaningfulContacts, contactKey, contactName, false), out);
    comparePart("slaTiers", items(a.slaTiers, byName, byName, true), items(b.slaTiers, byName, byName, true),
                out);
    const auto targetKey = [](const MetricTarget &t) {
        return metricKeyName(t.metric);
    };
    const auto targetName = [](const MetricTarget &t) {
        return metricKeyLabel(t.metric);
    };
    comparePart("targets", items(a.targets, targetKey, targetName, false),
                items(b.targets, targetKey, targetName, false), out);
    return out;
}

} // namespace baton
