#include "agreement/editor/SlaTierModel.h"

#include "agreement/editor/CellValues.h"
#include "agreement/editor/EditorRole.h"

#include <QLocale>

namespace baton {
namespace {

constexpr int integerLimit = 1'000'000'000; // what the definition format accepts

} // namespace

SlaTierModel::SlaTierModel(QObject *parent)
    : ItemTableModel<SlaTier>(
          {
              {tr("Tier"),
               tr("The tier's name, e.g. \"hot\". A lead falls in the first tier it matches, from the top "
                  "down; comparisons between versions match tiers by name."),
               14},
              {tr("Respond within"),
               tr("How long sales has to make a first contact, in business minutes (60 = one business "
                  "hour)."),
               16},
              {tr("Events"),
               tr("A lead with any of these events falls in the tier, whatever its score, e.g. a demo "
                  "request. Empty: events do not decide."),
               26, true},
              {tr("Minimum score"),
               tr("A lead whose fit and engagement scores add up to at least this falls in the tier. "
                  "Empty: the score does not decide. A tier with neither events nor a score takes every "
                  "lead that reaches it."),
               14},
          },
          parent)
{}

QString SlaTierModel::minutesText(int minutes)
{
    if (minutes >= 60 && minutes % 60 == 0)
        return tr("%1 min (%2 h)").arg(minutes).arg(minutes / 60);
    return tr("%1 min").arg(minutes);
}

SlaTier SlaTierModel::newItem(int) const
{
    QStringList names;
    for (const SlaTier &tier : items())
        names.append(tier.name);
    SlaTier tier;
    tier.name = uniqueKey(QStringLiteral("new_tier"), names);
    tier.responseMinutes = 60;
    return tier;
}

QVariant SlaTierModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const SlaTier &tier = item(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(tier, column);
    case Qt::EditRole:
        return editData(tier, column);
    case Qt::TextAlignmentRole:
        if (column == MinutesColumn || column == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ChoicesRole:
        return column == EventsColumn ? cellValues::allEventTypeNames() : QVariant();
    case ChoiceLabelsRole:
        return column == EventsColumn ? cellValues::allEventTypeLabels() : QVariant();
    case MultipleChoiceRole:
        return column == EventsColumn ? QVariant(true) : QVariant();
    case OptionalNumberRole:
        return column == ScoreColumn ? QVariant(true) : QVariant();
    case MinimumRole:
        return column == MinutesColumn ? QVariant(1) : QVariant();
    case MaximumRole:
        return column == MinutesColumn ? QVariant(integerLimit) : QVariant();
    default:
        return {};
    }
}

QVariant SlaTierModel::displayData(const SlaTier &tier, int column) const
{
    switch (column) {
    case MinutesColumn:
        return minutesText(tier.responseMinutes);
    case EventsColumn:
        return tier.events.empty() ? cellValues::noValueText() : cellValues::eventTypeLabels(tier.events);
    case ScoreColumn:
        return tier.minTotalScore ? QLocale().toString(*tier.minTotalScore) : cellValues::noValueText();
    default:
        return editData(tier, column);
    }
}

QVariant SlaTierModel::editData(const SlaTier &tier, int column) const
{
    switch (column) {
    case NameColumn:
        return tier.name;
    case MinutesColumn:
        return tier.responseMinutes;
    case EventsColumn:
        return cellValues::eventTypeNames(tier.events);
    case ScoreColumn:
        return tier.minTotalScore ? QString::number(*tier.minTotalScore) : QString();
    default:
        return {};
    }
}

bool SlaTierModel::writeData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return false;
    SlaTier &tier = item(index.row());
    bool ok = true;
    switch (index.column()) {
    case NameColumn:
        tier.name = value.toString().trimmed();
        return true;
    case MinutesColumn: {
        const int minutes = value.toInt(&ok);
        if (ok)
            tier.responseMinutes = minutes;
        return ok;
    }
    case EventsColumn: {
        std::vector<EventType> events = cellValues::parseEventTypes(value, &ok);
        if (ok)
            tier.events = std::move(events);
        return ok;
    }
    case ScoreColumn: {
        const auto score = cellValues::parseOptionalInteger(value, &ok);
        ok = ok && (!score || (*score >= -integerLimit && *score <= integerLimit));
        if (ok)
            tier.minTotalScore = score ? std::optional<int>(static_cast<int>(*score)) : std::nullopt;
        return ok;
    }
    default:
        return false;
    }
}

} // namespace baton
