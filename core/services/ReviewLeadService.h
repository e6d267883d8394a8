#pragma once

#include "common/Result.h"
#include "metrics/ReviewFilter.h"
#include "metrics/ReviewHandoff.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace baton {

class Database;

/// Which of a review's handoffs one of its numbers stands on: all of them, or those of one
/// value of one dimension, keyed as MetricsService::breakdown keys its groups.
struct ReviewSlice {
    enum class Dimension {
        All,
        Owner,         ///< key: the owner's user id, "0" for nobody
        Campaign,      ///< key: the campaign's id, "0" for none
        Reason,        ///< key: the reason code of a rejection or disqualification
        Accepted,      ///< reached sal
        Converted,     ///< reached sql
        ContactBucket, ///< key: the index of a bar of PeriodMetrics::firstContactHistogram
    };
    Dimension dimension = Dimension::All;
    QString key;

    bool operator==(const ReviewSlice &) const = default;
};

/// One handoff behind a number of the review.
struct ReviewLead {
    qint64 leadId = 0;
    QDateTime handedOverAt;
    QString name;
    QString company;
    QString owner; ///< empty for nobody
    ReviewHandoff::Outcome outcome = ReviewHandoff::Outcome::Open;
    QString reasonCode;
    std::optional<qint64> businessSecondsToContact;
};

/// The handoffs of a review's period narrowed by its filter and one slice, as the joint review
/// counts them (the same pass as MetricsService), newest first.
class ReviewLeadService {
public:
    explicit ReviewLeadService(Database &db)
        : m_db(db)
    {}

    struct Page {
        std::vector<ReviewLead> leads; ///< at most `limit`
        int total = 0;                 ///< every handoff of the slice
    };

    /// [from, to).
    Result<Page> leads(const QDateTime &from, const QDateTime &to, const ReviewFilter &filter,
                       const ReviewSlice &slice, int limit = 200);

    /// Whether a handoff (with its first contact in business seconds) belongs to a slice.
    static bool inSlice(const ReviewSlice &slice, const ReviewHandoff &handoff,
                        std::optional<qint64> businessSeconds);

private:
    Database &m_db;
};

} // namespace baton
