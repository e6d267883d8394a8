#pragma once

#include "domain/LeadComment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace baton {

/// The card's "Thread": both teams' comments on the lead and the steps of marketing's review of
/// its rejection, each with who wrote it and when, oldest first.
class ThreadHtml {
    Q_DECLARE_TR_FUNCTIONS(ThreadHtml)

public:
    static QString render(const std::vector<LeadComment> &thread, const QDateTime &now);
    /// "Comment", "Acknowledged", "Disputed", … for an entry's kind.
    static QString kindLabel(const QString &kind);
};

} // namespace baton
