#include "agreement/editor/FitRuleModel.h"

#include "agreement/editor/CellValues.h"
#include "agreement/editor/EditorRole.h"

namespace baton {
namespace {

constexpr int pointsLimit = 1'000'000'000; // what the definition format accepts

bool usesBounds(const FitRule &rule)
{
    return rule.op == FitOperator::InRange;
}

/// The operators that make sense for the rule's field: numbers are compared by range, texts by list.
std::vector<FitOperator> operatorsFor(FitField field)
{
    if (isNumericFitField(field))
        return {FitOperator::InRange};
    return {FitOperator::InList, FitOperator::ContainsAny};
}

QStringList fieldNames()
{
    QStringList names;
    for (FitField field : allFitFields)
        names.append(fitFieldName(field));
    return names;
}

QStringList fieldLabels()
{
    QStringList labels;
    for (FitField field : allFitFields)
        labels.append(FitRuleModel::fieldLabel(field));
    return labels;
}

QStringList ruleIds(const std::vector<FitRule> &rules)
{
    QStringList ids;
    for (const FitRule &rule : rules)
        ids.append(rule.id);
    return ids;
}

} // namespace

FitRuleModel::FitRuleModel(QObject *parent)
    : ItemTableModel<FitRule>(
          {
              {tr("Id"),
               tr("A short, stable key for the rule, e.g. \"icp_industry\". Comparisons between versions "
                  "match rules by it, so keep it when you only change the wording."),
               14},
              {tr("Rule"), tr("What the rule means, in words both teams read, e.g. \"Target industry\"."), 20,
               true},
              {tr("Field"), tr("Which fact about the lead or its company the rule looks at."), 13},
              {tr("Test"),
               tr("How the field is tested: \"is one of\" the values, \"contains any of\" the keywords, or "
                  "\"is between\" a minimum and a maximum (for numbers)."),
               13},
              {tr("Values"),
               tr("The values or keywords, separated by commas, e.g. \"Software, Healthcare\". Upper and "
                  "lower case do not matter."),
               24, true},
              {tr("Minimum"),
               tr("For \"is between\": the lowest number that counts, included. Empty: no lower limit."), 11},
              {tr("Maximum"),
               tr("For \"is between\": the highest number that counts, included. Empty: no upper limit."),
               11},
              {tr("Points"),
               tr("Added to the fit score when the lead meets the rule. Negative points count against it, "
                  "e.g. for students."),
               8},
          },
          parent)
{}

QString FitRuleModel::fieldLabel(FitField field)
{
    switch (field) {
    case FitField::Industry:
        return tr("Industry");
    case FitField::Employees:
        return tr("Employees");
    case FitField::AnnualRevenue:
        return tr("Annual revenue");
    case FitField::Country:
        return tr("Country");
    case FitField::Region:
        return tr("Region");
    case FitField::Title:
        return tr("Job title");
    case FitField::Seniority:
        return tr("Seniority");
    }
    return fitFieldName(field);
}

QString FitRuleModel::operatorLabel(FitOperator op)
{
    switch (op) {
    case FitOperator::InList:
        return tr("is one of");
    case FitOperator::InRange:
        return tr("is between");
    case FitOperator::ContainsAny:
        return tr("contains any of");
    }
    return fitOperatorName(op);
}

std::vector<FitRule> FitRuleModel::rules() const
{
    std::vector<FitRule> result = items();
    for (FitRule &rule : result) {
        if (usesBounds(rule)) {
            rule.values.clear();
        } else {
            rule.min.reset();
            rule.max.reset();
        }
    }
    return result;
}

FitRule FitRuleModel::newItem(int) const
{
    FitRule rule;
    rule.id = uniqueKey(QStringLiteral("new_rule"), ruleIds(items()));
    rule.name = tr("New rule");
    rule.field = FitField::Industry;
    rule.op = FitOperator::InList;
    rule.points = 10;
    return rule;
}

bool FitRuleModel::isEditable(const QModelIndex &index) const
{
    const FitRule &rule = item(index.row());
    switch (index.column()) {
    case ValuesColumn:
        return !usesBounds(rule);
    case MinColumn:
    case MaxColumn:
        return usesBounds(rule);
    default:
        return true;
    }
}

QVariant FitRuleModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const FitRule &rule = item(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(rule, column);
    case Qt::EditRole:
        return editData(rule, column);
    case Qt::ToolTipRole:
        return toolTip(rule, column);
    case Qt::TextAlignmentRole:
        if (column == MinColumn || column == MaxColumn || column == PointsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ChoicesRole:
    case ChoiceLabelsRole: {
        const bool names = role == ChoicesRole;
        if (column == FieldColumn)
            return names ? fieldNames() : fieldLabels();
        if (column != OperatorColumn)
            return {};
        QStringList choices;
        for (FitOperator op : operatorsFor(rule.field))
            choices.append(names ? fitOperatorName(op) : operatorLabel(op));
        return choices;
    }
    case OptionalNumberRole:
        return column == MinColumn || column == MaxColumn ? QVariant(true) : QVariant();
    case MinimumRole:
        return column == PointsColumn ? QVariant(-pointsLimit) : QVariant();
    case MaximumRole:
        return column == PointsColumn ? QVariant(pointsLimit) : QVariant();
    default:
        return {};
    }
}

QVariant FitRuleModel::displayData(const FitRule &rule, int column) const
{
    switch (column) {
    case FieldColumn:
        return fieldLabel(rule.field);
    case OperatorColumn:
        return operatorLabel(rule.op);
    case ValuesColumn:
        return usesBounds(rule) ? QString() : cellValues::joinList(rule.values);
    case MinColumn:
        return usesBounds(rule) ? cellValues::displayText(rule.min) : QString();
    case MaxColumn:
        return usesBounds(rule) ? cellValues::displayText(rule.max) : QString();
    default:
        return editData(rule, column);
    }
}

QVariant FitRuleModel::editData(const FitRule &rule, int column) const
{
    switch (column) {
    case IdColumn:
        return rule.id;
    case NameColumn:
        return rule.name;
    case FieldColumn:
        return fitFieldName(rule.field);
    case OperatorColumn:
        return fitOperatorName(rule.op);
    case ValuesColumn:
        return cellValues::joinList(rule.values);
    case MinColumn:
        return cellValues::editText(rule.min);
    case MaxColumn:
        return cellValues::editText(rule.max);
    case PointsColumn:
        return rule.points;
    default:
        return {};
    }
}

QVariant FitRuleModel::toolTip(const FitRule &rule, int column) const
{
    switch (column) {
    case ValuesColumn:
        return usesBounds(rule) ? tr("Not used: \"is between\" compares with the minimum and maximum.")
                                : QVariant();
    case MinColumn:
    case MaxColumn:
        return usesBounds(rule) ? QVariant() : tr("Only used by \"is between\", for employees and revenue.");
    default:
        return {};
    }
}

bool FitRuleModel::writeData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return false;
    FitRule &rule = item(index.row());
    bool ok = true;
    switch (index.column()) {
    case IdColumn:
        rule.id = value.toString().trimmed();
        return true;
    case NameColumn:
        rule.name = value.toString().trimmed();
        return true;
    case FieldColumn:
        return writeField(rule, value);
    case OperatorColumn:
        return writeOperator(rule, value);
    case ValuesColumn:
        rule.values = cellValues::splitList(value);
        return true;
    case MinColumn:
    case MaxColumn: {
        const auto bound = cellValues::parseOptionalInteger(value, &ok);
        if (ok)
            (index.column() == MinColumn ? rule.min : rule.max) = bound;
        return ok;
    }
    case PointsColumn: {
        const int points = value.toInt(&ok);
        if (ok)
            rule.points = points;
        return ok;
    }
    default:
        return false;
    }
}

bool FitRuleModel::writeField(FitRule &rule, const QVariant &value)
{
    const auto field = fitFieldFromName(value.toString());
    if (!field)
        return false;
    rule.field = *field;
    // Keep the test one that fits the field: a number by range, a text by list.
    const std::vector<FitOperator> fitting = operatorsFor(rule.field);
    if (std::find(fitting.begin(), fitting.end(), rule.op) == fitting.end())
        rule.op = fitting.front();
    return true;
}

bool FitRuleModel::writeOperator(FitRule &rule, const QVariant &value)
{
    const auto op = fitOperatorFromName(value.toString());
    if (!op)
        return false;
    rule.op = *op;
    return true;
}

} // namespace baton
