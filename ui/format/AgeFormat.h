#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace baton {

/// Turns timestamps into the words a queue shows: "3 h ago" and, for tooltips, the full date.
class AgeFormat {
    Q_DECLARE_TR_FUNCTIONS(AgeFormat)

public:
    /// "just now", "12 min ago", "3 h ago", "2 d ago", "5 w ago", "4 mo ago", "2 y ago".
    static QString relative(const QDateTime &then, const QDateTime &now);
    /// The full local date and time, e.g. "Tue 10 Mar 2026, 11:00".
    static QString full(const QDateTime &then);
};

} // namespace baton
