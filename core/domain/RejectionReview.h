#pragma once

#include "domain/ReviewStatus.h"
#include "domain/Stage.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

/// Marketing's review of one rejection or disqualification, with what the lead was when it was
/// handed over (its campaign and score) so that the inbox can group without reading further.
struct RejectionReview {
    qint64 id = 0;
    qint64 stageChangeId = 0;
    qint64 leadId = 0;
    std::optional<qint64> handoffId;
    Stage stage = Stage::Rejected; ///< rejected or disqualified
    QString reasonCode;
    QString note; ///< the owner's words with the reason
    QDateTime rejectedAt;
    std::optional<qint64> rejectedBy;
    std::optional<qint64> campaignId;
    std::optional<int> totalScore; ///< fit + engagement at the handoff
    ReviewStatus status = ReviewStatus::Open;
    QDateTime statusAt;
    std::optional<qint64> statusBy;
    qint64 version = 1;
    // Filled when read, for display.
    QString leadName;
    QString companyName;
    QString rejectedByName;
};

} // namespace baton
