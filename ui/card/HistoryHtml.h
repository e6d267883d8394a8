#pragma once

#include "domain/Activity.h"
#include "domain/StageChange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <vector>

namespace baton {

/// The stage history and the activities of the context card, as tables.
class HistoryHtml {
    Q_DECLARE_TR_FUNCTIONS(HistoryHtml)

public:
    using ReasonLabel = std::function<QString(const QString &code)>;

    /// Oldest first, as stored: from → to, when, who, reason and note.
    static QString stageHistory(const std::vector<StageChange> &history, const ReasonLabel &reasonLabel);
    /// Newest first: when, type and outcome, who, note.
    static QString activities(const std::vector<Activity> &activities, const QDateTime &now);
};

} // namespace baton
