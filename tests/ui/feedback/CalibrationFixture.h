#pragma once

#include "UiFixture.h"

#include <QDateTime>

#include <optional>

namespace baton::test {

/// A UiFixture whose leads are handed over under the built-in definition in early March 2026,
/// with one of two profiles: points mostly from content downloads (no fit; three downloads,
/// about 23 points, band 20–39), or mostly from the pricing page (a target industry, 20 points,
/// and three pricing views, about 29: band 40–59).
class CalibrationFixture {
public:
    enum class Profile { Downloads, Pricing };

    /// Handed over to the SDR on `day` of March 2026 at 10:00 UTC.
    qint64 handedOver(Profile profile, std::optional<qint64> campaign, int day);
    void accept(qint64 leadId);
    void convert(qint64 leadId);
    void reject(qint64 leadId, const char *reason);
    void disqualify(qint64 leadId, const char *reason);
    void recycle(qint64 leadId, const char *reason);
    /// The session's current user becomes this one.
    void become(qint64 userId);

    /// 10:00 UTC on `day` of March 2026.
    static QDateTime day(int day);

    UiFixture ui;

private:
    int m_made = 0;
};

} // namespace baton::test
