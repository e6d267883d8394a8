#pragma once

#include "meeting/ReviewDecision.h"

#include <QAbstractListModel>

#include <vector>

namespace baton {

/// The joint review's decisions next to the metric chosen on the agenda, oldest first: the words,
/// who recorded them and when, and the definition draft they led to.
class DecisionModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit DecisionModel(QObject *parent = nullptr);

    void setDecisions(std::vector<ReviewDecision> decisions);
    const ReviewDecision *decisionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::vector<ReviewDecision> m_decisions;
};

} // namespace baton
