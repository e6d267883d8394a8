#include "rejections/InboxSelection.h"

namespace baton {

bool InboxSelection::narrow(ReviewQuery &query) const
{
    switch (dimension) {
    case FeedbackDimension::Reason:
        query.reasonCode = key;
        return true;
    case FeedbackDimension::Campaign:
        query.campaignId = key.toLongLong();
        return true;
    case FeedbackDimension::Source:
        query.source = key;
        return true;
    case FeedbackDimension::Band: {
        if (key.isEmpty()) { // "No score": no handoff score was recorded
            query.withoutScore = true;
            return true;
        }
        const auto [low, high] = ScoreBand::range(key.toInt());
        query.minScore = low;
        query.maxScore = high;
        return true;
    }
    case FeedbackDimension::Owner:
        query.rejectedBy = key.toLongLong();
        return true;
    case FeedbackDimension::Rule:
        return false;
    }
    return false;
}

QString InboxSelection::words() const
{
    switch (dimension) {
    case FeedbackDimension::Reason:
        return tr("reason “%1”").arg(label);
    case FeedbackDimension::Campaign:
        return tr("campaign “%1”").arg(label);
    case FeedbackDimension::Source:
        return tr("source “%1”").arg(label);
    case FeedbackDimension::Band:
        return tr("score band “%1”").arg(label);
    case FeedbackDimension::Owner:
        return tr("owner “%1”").arg(label);
    case FeedbackDimension::Rule:
        return tr("rule “%1”").arg(label);
    }
    return label;
}

} // namespace baton
