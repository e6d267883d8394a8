#include "services/ReviewLeadService.h"

#include "metrics/PeriodMetrics.h"
#include "services/ReviewPass.h"
#include "storage/LeadRepository.h"

#include <QTimeZone>

#include <algorithm>
#include <unordered_map>

namespace baton {

bool ReviewLeadService::inSlice(const ReviewSlice &slice, const ReviewHandoff &handoff,
                                std::optional<qint64> businessSeconds)
{
    using Dimension = ReviewSlice::Dimension;
    switch (slice.dimension) {
    case Dimension::All:
        return true;
    case Dimension::Owner:
        return QString::number(handoff.ownerId.value_or(0)) == slice.key;
    case Dimension::Campaign:
        return QString::number(handoff.campaignId) == slice.key;
    case Dimension::Reason:
        return (handoff.outcome == ReviewHandoff::Outcome::Rejected ||
                handoff.outcome == ReviewHandoff::Outcome::Disqualified) &&
               handoff.reasonCode == slice.key;
    case Dimension::Accepted:
        return handoff.acceptedAt.has_value();
    case Dimension::Converted:
        return handoff.outcome == ReviewHandoff::Outcome::Converted;
    case Dimension::ContactBucket: {
        if (!handoff.hasClock || !handoff.firstContactAt || !businessSeconds)
            return false;
        const auto &edges = PeriodMetrics::contactBucketMinutes;
        const auto bar = std::upper_bound(edges.begin(), edges.end(), *businessSeconds / 60) - edges.begin();
        return QString::number(bar) == slice.key;
    }
    }
    return false;
}

Result<ReviewLeadService::Page> ReviewLeadService::leads(const QDateTime &from, const QDateTime &to,
                                                         const ReviewFilter &filter, const ReviewSlice &slice,
                                                         int limit)
{
    auto pass = ReviewPass::open(m_db, filter);
    if (!pass)
        return pass.error();
    struct Found {
        ReviewHandoff handoff;
        std::optional<qint64> businessSeconds;
    };
    std::vector<std::vector<Found>> bySlice(ReviewPass::maxSlices); // each reader its own
    ReviewPass::Visitor visitor;
    visitor.handoff = [&](int passSlice, const ReviewHandoff &handoff,
                          std::optional<qint64> businessSeconds) {
        if (inSlice(slice, handoff, businessSeconds))
            bySlice[static_cast<size_t>(passSlice)].push_back({handoff, businessSeconds});
    };
    BATON_TRY((*pass)->run(from, to, filter.segment.has_value(), visitor));
    std::vector<Found> found = std::move(bySlice.front());
    for (size_t more = 1; more < bySlice.size(); ++more)
        found.insert(found.end(), bySlice[more].begin(), bySlice[more].end());

    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.handoff.at != b.handoff.at ? a.handoff.at > b.handoff.at : a.handoff.id > b.handoff.id;
    });
    std::unordered_map<qint64, QString> names;
    for (const User &user : (*pass)->users())
        names.emplace(user.id, user.name);

    Page page;
    page.total = static_cast<int>(found.size());
    LeadRepository repository(m_db);
    for (const Found &one : found) {
        if (static_cast<int>(page.leads.size()) >= limit)
            break;
        auto lead = repository.find(one.handoff.leadId);
        if (!lead)
            return lead.error();
        ReviewLead row;
        row.leadId = one.handoff.leadId;
        row.handedOverAt = QDateTime::fromSecsSinceEpoch(one.handoff.at, QTimeZone::utc());
        row.name = lead->person.name;
        row.company = lead->company.name;
        if (one.handoff.ownerId) {
            const auto name = names.find(*one.handoff.ownerId);
            row.owner = name != names.end() ? name->second : QString();
        }
        row.outcome = one.handoff.outcome;
        row.reasonCode = one.handoff.reasonCode;
        if (one.handoff.firstContactAt)
            row.businessSecondsToContact = one.businessSeconds;
        page.leads.push_back(std::move(row));
    }
    return page;
}

} // namespace baton
