#pragma once

#include "domain/ChecklistAnswer.h"

#include <QDate>
#include <QString>

#include <vector>

namespace baton {

/// What a salesperson records to make an accepted lead a qualified opportunity.
struct Conversion {
    qint64 valueCents = 0; ///< in minor units of the team's currency
    QString note;
    QDate expectedClose; ///< optional
    std::vector<ChecklistAnswer> answers;
};

} // namespace baton
