#pragma once

#include <QString>

namespace baton {

/// One rejection reason of a review's period: its code, its label and how often it was given.
struct ReasonCount {
    QString code;
    QString label;
    int count = 0;
};

} // namespace baton
