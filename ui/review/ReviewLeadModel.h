#pragma once

#include "services/ReviewLeadService.h"

#include <QAbstractTableModel>

#include <vector>

namespace baton {

/// The handoffs behind a clicked bar or point of the Review page, newest first: when each was
/// handed over, the lead, its company and owner, what sales made of it and how long its first
/// contact took in business time.
class ReviewLeadModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { HandedOverColumn, LeadColumn, CompanyColumn, OwnerColumn, OutcomeColumn, ContactColumn };
    static constexpr int columnTotal = ContactColumn + 1;
    static constexpr int LeadIdRole = Qt::UserRole + 1;

    explicit ReviewLeadModel(QObject *parent = nullptr);

    void setLeads(std::vector<ReviewLead> leads);
    const ReviewLead *leadAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(ReviewHandoff::Outcome outcome);

private:
    std::vector<ReviewLead> m_leads;
};

} // namespace baton
