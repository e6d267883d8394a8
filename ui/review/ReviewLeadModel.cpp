#include "review/ReviewLeadModel.h"

#include "rejections/InboxText.h"
#include "review/ReviewText.h"

namespace baton {

ReviewLeadModel::ReviewLeadModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReviewLeadModel::setLeads(std::vector<ReviewLead> leads)
{
    beginResetModel();
    m_leads = std::move(leads);
    endResetModel();
}

const ReviewLead *ReviewLeadModel::leadAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_leads.size()) ? &m_leads[static_cast<size_t>(row)] : nullptr;
}

int ReviewLeadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_leads.size());
}

int ReviewLeadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnTotal;
}

QString ReviewLeadModel::outcomeText(ReviewHandoff::Outcome outcome)
{
    switch (outcome) {
    case ReviewHandoff::Outcome::Open:
        return tr("Open");
    case ReviewHandoff::Outcome::Accepted:
        return tr("Accepted");
    case ReviewHandoff::Outcome::Converted:
        return tr("Converted");
    case ReviewHandoff::Outcome::Rejected:
        return tr("Rejected");
    case ReviewHandoff::Outcome::Disqualified:
        return tr("Disqualified");
    case ReviewHandoff::Outcome::Recycled:
        return tr("Recycled");
    }
    return {};
}

QVariant ReviewLeadModel::data(const QModelIndex &index, int role) const
{
    const ReviewLead *lead = index.isValid() ? leadAt(index.row()) : nullptr;
    if (lead == nullptr)
        return {};
    if (role == LeadIdRole)
        return lead->leadId;
    if (role == Qt::ToolTipRole && index.column() == HandedOverColumn)
        return InboxText::full(lead->handedOverAt);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case HandedOverColumn:
        return InboxText::full(lead->handedOverAt);
    case LeadColumn:
        return lead->name;
    case CompanyColumn:
        return lead->company;
    case OwnerColumn:
        return lead->owner.isEmpty() ? tr("Nobody") : lead->owner;
    case OutcomeColumn:
        return outcomeText(lead->outcome);
    case ContactColumn:
        return lead->businessSecondsToContact ? ReviewText::duration(lead->businessSecondsToContact)
                                              : tr("not yet");
    }
    return {};
}

QVariant ReviewLeadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case HandedOverColumn:
        return tr("Handed over");
    case LeadColumn:
        return tr("Lead");
    case CompanyColumn:
        return tr("Company");
    case OwnerColumn:
        return tr("Owner");
    case OutcomeColumn:
        return tr("Outcome");
    case ContactColumn:
        return tr("First contact (business time)");
    }
    return {};
}

} // namespace baton
