#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <array>

namespace baton {

/// A period the Rejections page reviews, as a half-open range [from, to) in UTC. Weeks begin on
/// Monday at midnight and quarters on the first of January, April, July and October, both in
/// the given time zone.
struct RejectionPeriod {
    Q_DECLARE_TR_FUNCTIONS(RejectionPeriod)

public:
    enum class Kind { ThisWeek, LastFourWeeks, ThisQuarter, LastQuarter };
    static constexpr std::array<Kind, 4> allKinds{Kind::ThisWeek, Kind::LastFourWeeks, Kind::ThisQuarter,
                                                  Kind::LastQuarter};

    Kind kind = Kind::ThisWeek;
    QDateTime from;
    QDateTime to;

    /// The period of this kind that `now` falls in (for the last quarter: the one before it).
    /// "Last 4 weeks" is this week and the three before it.
    static RejectionPeriod around(Kind kind, const QDateTime &now, const QTimeZone &zone);
    static QString label(Kind kind); ///< "This week", "Last 4 weeks", …

    /// The weeks of the period that have begun by `now`, at least one day's worth: what a
    /// weekly rate of a period still running is counted over.
    double elapsedWeeks(const QDateTime &now) const;
};

} // namespace baton
