#include "rejections/ReviewPermissions.h"

#include <initializer_list>

namespace baton {
namespace {

bool among(ReviewStatus status, std::initializer_list<ReviewStatus> statuses)
{
    for (ReviewStatus candidate : statuses) {
        if (candidate == status)
            return true;
    }
    return false;
}

/// The statuses a step starts from.
bool startsFrom(ReviewAction action, ReviewStatus status)
{
    switch (action) {
    case ReviewAction::Acknowledge:
        return status == ReviewStatus::Open;
    case ReviewAction::Dispute:
        return among(status, {ReviewStatus::Open, ReviewStatus::Acknowledged});
    case ReviewAction::Recycle:
        return among(status, {ReviewStatus::Open, ReviewStatus::Acknowledged, ReviewStatus::Upheld});
    case ReviewAction::Uphold:
    case ReviewAction::Reopen:
        return status == ReviewStatus::Disputed;
    case ReviewAction::Comment:
        return true;
    }
    return false;
}

} // namespace

bool ReviewPermissions::roleTakes(ReviewAction action, Role role)
{
    switch (action) {
    case ReviewAction::Acknowledge:
    case ReviewAction::Dispute:
    case ReviewAction::Recycle:
        return role == Role::MarketingManager || role == Role::Admin;
    case ReviewAction::Uphold:
    case ReviewAction::Reopen:
        return role == Role::SalesManager || role == Role::Admin;
    case ReviewAction::Comment:
        return true;
    }
    return false;
}

bool ReviewPermissions::allows(ReviewAction action, Role role, ReviewStatus status)
{
    return roleTakes(action, role) && startsFrom(action, status);
}

QString ReviewPermissions::whyNot(ReviewAction action, Role role, ReviewStatus status)
{
    if (!roleTakes(action, role)) {
        switch (action) {
        case ReviewAction::Acknowledge:
        case ReviewAction::Dispute:
        case ReviewAction::Recycle:
            return tr("Only a marketing manager or an admin reviews rejections.");
        case ReviewAction::Uphold:
        case ReviewAction::Reopen:
            return tr("Only a sales manager or an admin resolves a dispute.");
        case ReviewAction::Comment:
            return {};
        }
    }
    if (startsFrom(action, status))
        return {};
    const QString now = reviewStatusLabel(status).toLower();
    switch (action) {
    case ReviewAction::Acknowledge:
        return tr("Only an open rejection can be acknowledged; this one is %1.").arg(now);
    case ReviewAction::Dispute:
        return tr("Only an open or acknowledged rejection can be disputed; this one is %1.").arg(now);
    case ReviewAction::Recycle:
        return tr("Only an open, acknowledged or upheld rejection can be recycled; this one is %1.").arg(now);
    case ReviewAction::Uphold:
    case ReviewAction::Reopen:
        return tr("Only a disputed rejection is resolved; this one is %1.").arg(now);
    case ReviewAction::Comment:
        return {};
    }
    return {};
}

} // namespace baton
