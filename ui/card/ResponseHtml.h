#pragma once

#include "sla/SlaClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {

/// The card's "Response" section: the lead's tier and due time with its countdown and state,
/// when it was first contacted, and why it has its owner.
class ResponseHtml {
    Q_DECLARE_TR_FUNCTIONS(ResponseHtml)

public:
    static QString render(const std::optional<SlaClock> &clock, const QString &routing, const QDateTime &now);
};

} // namespace baton
