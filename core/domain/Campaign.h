#pragma once

#include <QDate>
#include <QString>

namespace baton {

struct Campaign {
    qint64 id = 0;
    QString name;
    QString kind; ///< webinar, whitepaper, paid_search, event, email, content_syndication, …
    QDate startedOn;
};

} // namespace baton
