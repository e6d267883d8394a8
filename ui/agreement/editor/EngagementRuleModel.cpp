#include "agreement/editor/EngagementRuleModel.h"

#include "agreement/editor/CellValues.h"
#include "agreement/editor/EditorRole.h"

namespace baton {
namespace {

constexpr double pointsLimit = 1'000'000;
constexpr double daysLimit = 36'500; // a century

QStringList ruleIds(const std::vector<EngagementRule> &rules)
{
    QStringList ids;
    for (const EngagementRule &rule : rules)
        ids.append(rule.id);
    return ids;
}

} // namespace

EngagementRuleModel::EngagementRuleModel(QObject *parent)
    : ItemTableModel<EngagementRule>(
          {
              {tr("Id"),
               tr("A short, stable key for the rule, e.g. \"pricing_page\". Comparisons between versions "
                  "match rules by it, so keep it when you only change the wording."),
               16},
              {tr("Rule"),
               tr("What the rule rewards, in words both teams read, e.g. \"Visited the pricing "
                  "page\"."),
               22, true},
              {tr("Event"), tr("The kind of engagement that earns the points."), 16},
              {tr("Detail"),
               tr("Which events of that kind count. Empty: all of them. A word such as \"pricing\" matches "
                  "any detail containing it; with * it must match the whole detail, e.g. \"/pricing*\"."),
               14},
              {tr("Points"), tr("Points for each such event while it is fresh."), 8},
              {tr("Half-life (days)"),
               tr("Half-life: the points halve every this many days, so old interest fades. 0: the points "
                  "never fade."),
               12},
              {tr("Cap"),
               tr("At most this many points from this rule, however many events there are. Empty: no cap."),
               8},
          },
          parent)
{}

EngagementRule EngagementRuleModel::newItem(int) const
{
    EngagementRule rule;
    rule.id = uniqueKey(QStringLiteral("new_rule"), ruleIds(items()));
    rule.name = tr("New rule");
    rule.eventType = EventType::PageView;
    rule.points = 5;
    rule.halfLifeDays = 30;
    return rule;
}

QVariant EngagementRuleModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const EngagementRule &rule = item(index.row());
    const int column = index.column();
    const bool number = column == PointsColumn || column == HalfLifeColumn || column == CapColumn;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(rule, column);
    case Qt::EditRole:
        return editData(rule, column);
    case Qt::TextAlignmentRole:
        return number ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ChoicesRole:
        return column == EventColumn ? cellValues::allEventTypeNames() : QVariant();
    case ChoiceLabelsRole:
        return column == EventColumn ? cellValues::allEventTypeLabels() : QVariant();
    case OptionalNumberRole:
        return column == CapColumn ? QVariant(true) : QVariant();
    case MinimumRole:
        if (column == PointsColumn)
            return -pointsLimit;
        return column == HalfLifeColumn ? QVariant(0.0) : QVariant();
    case MaximumRole:
        if (column == PointsColumn)
            return pointsLimit;
        return column == HalfLifeColumn ? QVariant(daysLimit) : QVariant();
    case DecimalsRole:
        if (column == PointsColumn || column == CapColumn)
            return 2;
        return column == HalfLifeColumn ? QVariant(1) : QVariant();
    case SpecialValueTextRole:
        return column == HalfLifeColumn ? tr("never") : QVariant();
    default:
        return {};
    }
}

QVariant EngagementRuleModel::displayData(const EngagementRule &rule, int column) const
{
    switch (column) {
    case EventColumn:
        return eventTypeLabel(rule.eventType);
    case PatternColumn:
        return rule.detailPattern.isEmpty() ? tr("any") : rule.detailPattern;
    case PointsColumn:
        return cellValues::displayText(rule.points);
    case HalfLifeColumn:
        return rule.halfLifeDays == 0 ? tr("never") : cellValues::displayText(rule.halfLifeDays);
    case CapColumn:
        return cellValues::displayText(rule.cap);
    default:
        return editData(rule, column);
    }
}

QVariant EngagementRuleModel::editData(const EngagementRule &rule, int column) const
{
    switch (column) {
    case IdColumn:
        return rule.id;
    case NameColumn:
        return rule.name;
    case EventColumn:
        return eventTypeName(rule.eventType);
    case PatternColumn:
        return rule.detailPattern;
    case PointsColumn:
        return rule.points;
    case HalfLifeColumn:
        return rule.halfLifeDays;
    case CapColumn:
        return cellValues::editText(rule.cap);
    default:
        return {};
    }
}

bool EngagementRuleModel::writeData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return false;
    EngagementRule &rule = item(index.row());
    bool ok = true;
    switch (index.column()) {
    case IdColumn:
        rule.id = value.toString().trimmed();
        return true;
    case NameColumn:
        rule.name = value.toString().trimmed();
        return true;
    case EventColumn: {
        const auto type = eventTypeFromName(value.toString());
        if (type)
            rule.eventType = *type;
        return type.has_value();
    }
    case PatternColumn:
        rule.detailPattern = value.toString().trimmed();
        return true;
    case PointsColumn:
    case HalfLifeColumn: {
        const double number = value.toDouble(&ok);
        if (ok)
            (index.column() == PointsColumn ? rule.points : rule.halfLifeDays) = number;
        return ok;
    }
    case CapColumn: {
        const auto cap = cellValues::parseOptionalNumber(value, &ok);
        if (ok)
            rule.cap = cap;
        return ok;
    }
    default:
        return false;
    }
}

} // namespace baton
