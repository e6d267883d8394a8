#pragma once

#include "domain/LeadCard.h"

#include <QHash>
#include <QString>
#include <QTextStream>

namespace baton::cli {

/// The context card as text: who, which company, from which campaign, what they did
/// (grouped into a story), what happened to the lead, and what it became.
class LeadCardText {
public:
    /// reasonLabels maps "stage/code" (e.g. "rejected/no_authority") to the label people read.
    explicit LeadCardText(QHash<QString, QString> reasonLabels = {});

    void write(const LeadCard &card, QTextStream &out) const;

    /// At most this many pages and moments are listed; --json has them all.
    static constexpr int maxPages = 10;
    static constexpr int maxMoments = 15;
    static constexpr qsizetype maxUrlWidth = 60;

private:
    void writeHeader(const LeadCard &card, QTextStream &out) const;
    void writePersonAndCompany(const Lead &lead, QTextStream &out) const;
    void writeEngagement(const EngagementStory &story, QTextStream &out) const;
    void writeHistory(const std::vector<StageChange> &history, QTextStream &out) const;
    void writeActivities(const std::vector<Activity> &activities, QTextStream &out) const;
    void writeOpportunity(const LeadCard &card, QTextStream &out) const;
    QString reasonText(Stage stage, const QString &code) const;

    QHash<QString, QString> m_reasonLabels;
};

} // namespace baton::cli
