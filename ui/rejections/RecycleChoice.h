#pragma once

#include <QDate>
#include <QString>

namespace baton {

/// What a person chose when taking a rejected lead back to nurture.
struct RecycleChoice {
    QString reasonCode;
    QString note;
    QDate revisitOn;
};

} // namespace baton
