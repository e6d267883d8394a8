#pragma once

#include "UiFixture.h"
#include "domain/Stage.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace baton::test {

/// One hand-made rejection (or disqualification) for the Rejections page's tests.
struct RejectionSpec {
    QString name = QStringLiteral("Rita Reject");
    QString company = QStringLiteral("Acme Corp");
    QString reason = QStringLiteral("no_authority");
    QString note;
    Stage stage = Stage::Rejected;
    QDateTime at;             ///< defaults to an hour before referenceTime()
    std::optional<qint64> by; ///< the owner who turned it down; the SDR by default
    std::optional<qint64> campaignId;
    std::optional<int> score; ///< the total score at the handoff
};

/// A UiFixture whose file holds rejections made to measure, in the week of referenceTime()
/// (Monday 2026-03-09 to Sunday 2026-03-15, UTC) or before it.
class RejectionFixture {
public:
    RejectionFixture() = default;

    /// Stores the rejection; returns its review's id.
    qint64 reject(const RejectionSpec &spec);
    /// `count` rejections by the SDR, "Lead 000" first, a minute apart, the newest an hour ago.
    void rejectMany(int count, const QString &reason = QStringLiteral("no_authority"));
    /// Makes the user with this id the session's current one.
    void become(qint64 userId);
    qint64 leadOf(qint64 reviewId);

    UiFixture ui;
};

} // namespace baton::test
