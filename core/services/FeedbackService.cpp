#include "services/FeedbackService.h"

#include "feedback/FeedbackLabels.h"
#include "services/AgreementService.h"
#include "storage/FeedbackRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/UserRepository.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <unordered_map>

namespace baton {
namespace {

constexpr qint64 secondsPerWeek = 7 * 24 * 3600;

/// Counts per key, with the weekly series.
struct Tally {
    int count = 0;
    int earlier = 0;
    std::vector<int> weekly;
};

QString percent(double share)
{
    return QLocale::c().toString(share * 100.0, 'f', share * 100.0 < 10.0 ? 1 : 0) + QLatin1Char('%');
}

QString number(int value)
{
    QLocale locale(QLocale::English);
    return locale.toString(value);
}

QString bandKey(const std::optional<int> &score)
{
    return score ? QString::number(ScoreBand::of(*score)) : QString();
}

std::vector<InboxGroup> groupsOf(const std::map<QString, Tally> &tallies, FeedbackDimension dimension,
                                 const FeedbackLabels &labels, int total, int earlierTotal, int earlierWeeks)
{
    std::vector<InboxGroup> groups;
    for (const auto &[key, tally] : tallies) {
        InboxGroup group;
        group.key = key;
        group.label = dimension == FeedbackDimension::Band && key.isEmpty() ? QStringLiteral("No score")
                                                                            : labels.label(dimension, key);
        group.count = tally.count;
        group.share = total == 0 ? 0.0 : static_cast<double>(tally.count) / total;
        group.earlierWeeklyAverage =
            earlierWeeks == 0 ? 0.0 : static_cast<double>(tally.earlier) / earlierWeeks;
        group.earlierShare = earlierTotal == 0 ? 0.0 : static_cast<double>(tally.earlier) / earlierTotal;
        group.weekly = tally.weekly;
        groups.push_back(std::move(group));
    }
    std::sort(groups.begin(), groups.end(), [](const InboxGroup &a, const InboxGroup &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    return groups;
}

} // namespace

Result<RejectionInbox> FeedbackService::inbox(const QDateTime &from, const QDateTime &to, int earlierWeeks)
{
    auto labels = FeedbackLabels::load(m_db);
    if (!labels)
        return labels.error();
    RejectionInbox inbox;
    inbox.from = from;
    inbox.to = to;
    inbox.earlierWeeks = std::max(0, earlierWeeks);
    const QDateTime start = from.addSecs(-secondsPerWeek * inbox.earlierWeeks);
    const qint64 fromSecs = from.toSecsSinceEpoch();
    const qint64 startSecs = start.toSecsSinceEpoch();
    const qint64 periodWeeks =
        std::max<qint64>(1, (to.toSecsSinceEpoch() - fromSecs + secondsPerWeek - 1) / secondsPerWeek);
    const size_t weeks = static_cast<size_t>(inbox.earlierWeeks + periodWeeks);

    constexpr std::array dimensions{FeedbackDimension::Reason, FeedbackDimension::Campaign,
                                    FeedbackDimension::Source, FeedbackDimension::Band,
                                    FeedbackDimension::Owner};
    std::array<std::map<QString, Tally>, dimensions.size()> tallies;
    // Keys are built once per distinct value, not once per row.
    std::unordered_map<qint64, QString> numberKeys;
    const auto numberKey = [&](qint64 value) -> const QString & {
        auto found = numberKeys.find(value);
        if (found == numberKeys.end())
            found = numberKeys.emplace(value, QString::number(value)).first;
        return found->second;
    };
    std::unordered_map<qint64, QString> sources;
    const auto sourceKey = [&](qint64 campaign) -> const QString & {
        auto found = sources.find(campaign);
        if (found == sources.end())
            found = sources.emplace(campaign, labels->sourceOf(campaign)).first;
        return found->second;
    };
    std::map<QString, Tally> *reasonTally = &tallies[0];
    QString lastReason;
    Tally *lastReasonEntry = nullptr;

    auto read = ReviewRepository(m_db).forEachFact(start, to, [&](const ReviewRepository::Fact &fact) {
        const bool inPeriod = fact.rejectedAt >= fromSecs;
        const auto week = static_cast<size_t>(
            std::min<qint64>(static_cast<qint64>(weeks) - 1, (fact.rejectedAt - startSecs) / secondsPerWeek));
        if (inPeriod) {
            ++inbox.total;
            ++(fact.stage == Stage::Disqualified ? inbox.disqualified : inbox.rejected);
            if (fact.status == ReviewStatus::Open)
                ++inbox.open;
            else if (fact.status == ReviewStatus::Disputed)
                ++inbox.disputed;
        } else {
            ++inbox.earlierTotal;
        }
        const auto count = [&](Tally &tally) {
            if (tally.weekly.empty())
                tally.weekly.assign(weeks, 0);
            ++tally.weekly[week];
            ++(inPeriod ? tally.count : tally.earlier);
        };
        if (lastReasonEntry == nullptr || fact.reasonCode != lastReason) {
            lastReason = fact.reasonCode;
            lastReasonEntry = &(*reasonTally)[fact.reasonCode];
        }
        count(*lastReasonEntry);
        count(tallies[1][numberKey(fact.campaignId)]);
        count(tallies[2][sourceKey(fact.campaignId)]);
        count(tallies[3][bandKey(fact.totalScore)]);
        count(tallies[4][numberKey(fact.rejectedBy)]);
    });
    if (!read)
        return read.error();
    for (size_t i = 0; i < dimensions.size(); ++i) {
        inbox.groups[dimensions[i]] =
            groupsOf(tallies[i], dimensions[i], *labels, inbox.total, inbox.earlierTotal, inbox.earlierWeeks);
    }
    auto moves = FeedbackRepository(m_db).movesWithoutContact(from, to);
    if (!moves)
        return moves.error();
    for (const auto &[person, count] : *moves)
        inbox.movesWithoutContactTotal += count;
    for (const auto &[person, count] : *moves) {
        InboxGroup group;
        group.key = QString::number(person);
        group.label = labels->person(person);
        group.count = count;
        group.share = static_cast<double>(count) / inbox.movesWithoutContactTotal;
        inbox.movesWithoutContact.push_back(std::move(group));
    }
    return inbox;
}

Result<std::vector<CalibrationRow>> FeedbackService::calibration(const QDateTime &from, const QDateTime &to,
                                                                 FeedbackDimension by)
{
    if (by == FeedbackDimension::Reason || by == FeedbackDimension::Owner) {
        return makeError(
            ErrorKind::InvalidInput,
            QStringLiteral("The calibration is by score band, campaign, source or rule, not by %1.")
                .arg(feedbackDimensionName(by)));
    }
    auto labels = FeedbackLabels::load(m_db);
    if (!labels)
        return labels.error();
    struct Counts {
        CalibrationRow row;
        std::map<QString, int> reasons;
    };
    std::map<QString, Counts> rows;
    const auto add = [](Counts &counts, const FeedbackRepository::HandoffFact &fact) {
        CalibrationRow &row = counts.row;
        ++row.handedOver;
        if (fact.accepted)
            ++row.accepted;
        switch (fact.outcome) {
        case FeedbackRepository::Outcome::Rejected:
            ++row.rejected;
            ++counts.reasons[fact.reasonCode];
            break;
        case FeedbackRepository::Outcome::Disqualified:
            ++row.disqualified;
            ++counts.reasons[fact.reasonCode];
            break;
        case FeedbackRepository::Outcome::Recycled:
            if (!fact.accepted)
                ++row.recycled;
            break;
        case FeedbackRepository::Outcome::Converted:
            ++row.converted;
            break;
        case FeedbackRepository::Outcome::Open:
        case FeedbackRepository::Outcome::Accepted:
            break;
        }
    };
    std::unordered_map<qint64, Counts *> byCampaign;
    std::array<Counts *, 64> byRule{}; // each rule's row, found once
    auto read =
        FeedbackRepository(m_db).forEachHandoff(from, to, [&](const FeedbackRepository::HandoffFact &fact) {
            switch (by) {
            case FeedbackDimension::Band:
                add(rows[bandKey(fact.totalScore)], fact);
                break;
            case FeedbackDimension::Campaign:
            case FeedbackDimension::Source: {
                Counts *&counts = byCampaign[fact.campaignId];
                if (counts == nullptr) {
                    counts = &rows[by == FeedbackDimension::Campaign ? QString::number(fact.campaignId)
                                                                     : labels->sourceOf(fact.campaignId)];
                }
                add(*counts, fact);
                break;
            }
            case FeedbackDimension::Rule:
                for (qint64 mask = fact.ruleMask; mask != 0; mask &= mask - 1) {
                    const int bit = std::countr_zero(static_cast<quint64>(mask));
                    Counts *&counts = byRule[static_cast<size_t>(bit)];
                    if (counts == nullptr)
                        counts = &rows[QString::number(bit)];
                    add(*counts, fact);
                }
                break;
            case FeedbackDimension::Reason:
            case FeedbackDimension::Owner:
                break;
            }
        });
    if (!read)
        return read.error();
    std::vector<CalibrationRow> result;
    for (auto &[key, counts] : rows) {
        CalibrationRow row = counts.row;
        row.key = key;
        row.label = by == FeedbackDimension::Band && key.isEmpty() ? QStringLiteral("No score")
                                                                   : labels->label(by, key);
        for (const auto &[reason, count] : counts.reasons) {
            if (count > row.topReasonCount) {
                row.topReason = reason;
                row.topReasonCount = count;
            }
        }
        result.push_back(std::move(row));
    }
    std::sort(result.begin(), result.end(), [by](const CalibrationRow &a, const CalibrationRow &b) {
        if (by == FeedbackDimension::Band)
            return a.key.toInt() > b.key.toInt();
        return a.handedOver != b.handedOver ? a.handedOver > b.handedOver : a.label < b.label;
    });
    return result;
}

Result<std::vector<Suggestion>> FeedbackService::suggestions(const QDateTime &from, const QDateTime &to,
                                                             int limit)
{
    auto labels = FeedbackLabels::load(m_db);
    if (!labels)
        return labels.error();
    // Per rule that dominated a handoff: decided handoffs, and of them per reason.
    struct Dominated {
        int decided = 0;
        std::map<QString, int> reasons;
    };
    std::map<int, Dominated> dominated;
    int decided = 0;
    std::map<QString, int> reasons;
    auto read =
        FeedbackRepository(m_db).forEachHandoff(from, to, [&](const FeedbackRepository::HandoffFact &fact) {
            const bool turnedDown = fact.outcome == FeedbackRepository::Outcome::Rejected ||
                                    fact.outcome == FeedbackRepository::Outcome::Disqualified;
            const bool isDecided =
                fact.accepted || turnedDown || fact.outcome == FeedbackRepository::Outcome::Recycled;
            if (!isDecided)
                return;
            ++decided;
            if (turnedDown)
                ++reasons[fact.reasonCode];
            if (fact.topRule >= 0) {
                Dominated &rule = dominated[fact.topRule];
                ++rule.decided;
                if (turnedDown)
                    ++rule.reasons[fact.reasonCode];
            }
        });
    if (!read)
        return read.error();
    auto effective = AgreementService(m_db, m_clock).effective();
    if (!effective)
        return effective.error();
    const Definition &definition = effective->definition;

    std::vector<Suggestion> found;
    for (const auto &[bit, rule] : dominated) {
        if (rule.decided < minimumDominated)
            continue;
        const QString key = labels->ruleKey(bit);
        double current = 0;
        bool inForce = false;
        for (const FitRule &fit : definition.fitRules) {
            if (QStringLiteral("fit:") + fit.id == key) {
                current = fit.points;
                inForce = true;
            }
        }
        for (const EngagementRule &engagement : definition.engagementRules) {
            if (QStringLiteral("engagement:") + engagement.id == key) {
                current = engagement.points;
                inForce = true;
            }
        }
        if (!inForce || current <= 0)
            continue; // the rule is no longer in the definition: nothing to change
        for (const auto &[reason, with] : rule.reasons) {
            const int rest = decided - rule.decided;
            const int restWith = reasons[reason] - with;
            if (with < minimumWithReason || rest <= 0)
                continue;
            const double ownRate = static_cast<double>(with) / rule.decided;
            const double restRate = static_cast<double>(restWith) / rest;
            const double ratio =
                restRate == 0.0 ? std::numeric_limits<double>::infinity() : ownRate / restRate;
            if (ratio < 2.0 || ownRate - restRate < 0.05)
                continue;
            Suggestion suggestion;
            suggestion.ruleKey = key;
            suggestion.ruleName = labels->rule(bit);
            suggestion.reasonCode = reason;
            suggestion.reasonLabel = labels->reason(reason);
            suggestion.dominated = rule.decided;
            suggestion.dominatedWithReason = with;
            suggestion.rest = rest;
            suggestion.restWithReason = restWith;
            suggestion.ratio = ratio;
            suggestion.currentPoints = current;
            suggestion.proposedPoints = std::floor(current / 2.0);
            const QString times = std::isinf(ratio) ? QStringLiteral("while the rest never are")
                                                    : QStringLiteral("%1 times as often as the rest")
                                                          .arg(QLocale::c().toString(ratio, 'f', 1));
            suggestion.text =
                QStringLiteral(
                    "Leads whose points come mostly from “%1” are turned down as “%2” %3: %4 of %5 "
                    "against %6 of %7. Proposed: fewer points for it (%8 → %9).")
                    .arg(suggestion.ruleName, suggestion.reasonLabel, times, percent(ownRate),
                         number(rule.decided), percent(restRate), number(rest),
                         QLocale::c().toString(current, 'g', 4),
                         QLocale::c().toString(suggestion.proposedPoints, 'g', 4));
            found.push_back(std::move(suggestion));
        }
    }
    std::sort(found.begin(), found.end(), [](const Suggestion &a, const Suggestion &b) {
        return a.ratio != b.ratio ? a.ratio > b.ratio : a.dominatedWithReason > b.dominatedWithReason;
    });
    if (found.size() > static_cast<size_t>(std::max(0, limit)))
        found.resize(static_cast<size_t>(std::max(0, limit)));
    return found;
}

Result<DefinitionVersion> FeedbackService::draftFrom(const Suggestion &suggestion, qint64 actorId)
{
    auto actor = UserRepository(m_db).find(actorId);
    if (!actor)
        return actor.error();
    AgreementService agreement(m_db, m_clock);
    auto effective = agreement.effective();
    if (!effective)
        return effective.error();
    Definition changed = effective->definition;
    bool applied = false;
    for (FitRule &rule : changed.fitRules) {
        if (QStringLiteral("fit:") + rule.id == suggestion.ruleKey) {
            rule.points = static_cast<int>(suggestion.proposedPoints);
            applied = true;
        }
    }
    for (EngagementRule &rule : changed.engagementRules) {
        if (QStringLiteral("engagement:") + rule.id == suggestion.ruleKey) {
            rule.points = suggestion.proposedPoints;
            applied = true;
        }
    }
    if (!applied) {
        return makeError(
            ErrorKind::NotFound,
            QStringLiteral("The effective definition has no rule “%1” any more.").arg(suggestion.ruleName));
    }
    const DefinitionTeam team =
        actor->role == Role::SalesManager ? DefinitionTeam::Sales : DefinitionTeam::Marketing;
    return agreement.importDraft(team, changed, actorId);
}

} // namespace baton
