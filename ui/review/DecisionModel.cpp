#include "review/DecisionModel.h"

#include <QLocale>

namespace baton {

DecisionModel::DecisionModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void DecisionModel::setDecisions(std::vector<ReviewDecision> decisions)
{
    beginResetModel();
    m_decisions = std::move(decisions);
    endResetModel();
}

const ReviewDecision *DecisionModel::decisionAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_decisions.size()))
        return nullptr;
    return &m_decisions[static_cast<std::size_t>(row)];
}

int DecisionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_decisions.size());
}

QVariant DecisionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewDecision &decision = m_decisions[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        QString line =
            tr("%1 \u2014 %2, %3")
                .arg(decision.text, decision.decidedByName,
                     QLocale().toString(decision.decidedAt.toLocalTime().date(), QStringLiteral("d MMM")));
        if (decision.definitionNumber)
            line += tr("; definition draft %1").arg(*decision.definitionNumber);
        return line;
    }
    case Qt::ToolTipRole:
        return decision.metric ? tr("%1\nNext to: %2").arg(decision.text, metricKeyLabel(*decision.metric))
                               : decision.text;
    case IdRole:
        return decision.id;
    default:
        return {};
    }
}

} // namespace baton
