#pragma once

#include "common/Result.h"
#include "feedback/FeedbackDimension.h"

#include <QString>

#include <map>

namespace baton {

class Database;

/// The words for what the feedback reports group by: reason labels, campaign names and kinds,
/// people's names, rule names. Read once per report.
class FeedbackLabels {
public:
    static Result<FeedbackLabels> load(Database &db);

    QString reason(const QString &code) const;
    QString campaign(qint64 id) const;         ///< 0: "No campaign"
    QString sourceOf(qint64 campaignId) const; ///< the campaign's kind; "" without a campaign
    static QString sourceLabel(const QString &source);
    QString person(qint64 id) const; ///< 0: "Nobody recorded"
    QString rule(int bit) const;
    QString ruleKey(int bit) const;
    /// The label of a key of a dimension, as InboxGroup and CalibrationRow carry it.
    QString label(FeedbackDimension dimension, const QString &key) const;

private:
    std::map<QString, QString> m_reasons;
    std::map<qint64, std::pair<QString, QString>> m_campaigns; ///< name, kind
    std::map<qint64, QString> m_people;
    std::map<int, std::pair<QString, QString>> m_rules; ///< key, name
};

} // namespace baton
