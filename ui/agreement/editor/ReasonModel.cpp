#include "agreement/editor/ReasonModel.h"

#include "agreement/editor/EditorRole.h"

#include <algorithm>

namespace baton {
namespace {

QStringList stageChoices(bool names)
{
    QStringList choices;
    for (Stage stage : ReasonModel::exitStages())
        choices.append(names ? stageName(stage) : stageLabel(stage));
    return choices;
}

} // namespace

ReasonModel::ReasonModel(QObject *parent)
    : ItemTableModel<Reason>(
          {
              {tr("When"),
               tr("The step the reason is offered for: rejecting a lead handed over by marketing, "
                  "disqualifying an accepted lead, or recycling a lead back to marketing."),
               13},
              {tr("Code"),
               tr("A short, stable key stored with each lead, e.g. \"no_budget\". Reports count by it, so "
                  "keep it when you only change the wording. Unique within its step."),
               20},
              {tr("Reason"), tr("What salespeople pick from, e.g. \"No budget\"."), 30, true},
              {tr("Note required"),
               tr("Checked: choosing this reason also needs a few words of explanation, e.g. for "
                  "\"Other\"."),
               14},
          },
          parent)
{}

const std::array<Stage, 3> &ReasonModel::exitStages()
{
    static constexpr std::array<Stage, 3> stages{Stage::Rejected, Stage::Disqualified, Stage::Recycled};
    return stages;
}

Reason ReasonModel::newItem(int row) const
{
    Reason reason;
    reason.stage = row > 0 ? item(row - 1).stage : Stage::Rejected;
    QStringList codes;
    for (const Reason &other : items()) {
        if (other.stage == reason.stage)
            codes.append(other.code);
    }
    reason.code = uniqueKey(QStringLiteral("new_reason"), codes);
    reason.label = tr("New reason");
    return reason;
}

bool ReasonModel::isCheckable(const QModelIndex &index) const
{
    return index.column() == NoteColumn;
}

QVariant ReasonModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Reason &reason = item(index.row());
    const bool text = role == Qt::DisplayRole || role == Qt::EditRole;
    switch (index.column()) {
    case StageColumn:
        if (role == ChoicesRole || role == ChoiceLabelsRole)
            return stageChoices(role == ChoicesRole);
        if (role == Qt::DisplayRole)
            return stageLabel(reason.stage);
        return role == Qt::EditRole ? QVariant(stageName(reason.stage)) : QVariant();
    case CodeColumn:
        return text ? QVariant(reason.code) : QVariant();
    case LabelColumn:
        return text ? QVariant(reason.label) : QVariant();
    case NoteColumn:
        if (role == Qt::CheckStateRole)
            return static_cast<int>(reason.noteRequired ? Qt::Checked : Qt::Unchecked);
        if (role == Qt::DisplayRole)
            return reason.noteRequired ? tr("Required") : tr("Optional");
        return {};
    default:
        return {};
    }
}

bool ReasonModel::writeData(const QModelIndex &index, const QVariant &value, int role)
{
    Reason &reason = item(index.row());
    if (index.column() == NoteColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        reason.noteRequired = value.toInt() == Qt::Checked;
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case StageColumn: {
        const auto stage = stageFromName(value.toString());
        const auto &allowed = exitStages();
        if (!stage || std::find(allowed.begin(), allowed.end(), *stage) == allowed.end())
            return false;
        reason.stage = *stage;
        return true;
    }
    case CodeColumn:
        reason.code = value.toString().trimmed();
        return true;
    case LabelColumn:
        reason.label = value.toString().trimmed();
        return true;
    default:
        return false;
    }
}

} // namespace baton
