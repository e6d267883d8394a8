#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

/// One entry of a lead's thread, which both teams read: a comment, or a review step with its words.
struct LeadComment {
    qint64 id = 0;
    qint64 leadId = 0;
    std::optional<qint64> reviewId;
    QDateTime writtenAt;
    qint64 authorId = 0;
    QString kind = QStringLiteral("comment"); ///< comment, acknowledged, disputed, upheld, reopened, recycled
    QString body;
    QString authorName; ///< filled when read
};

} // namespace baton
