#pragma once

#include <QString>

namespace baton {

/// The opportunity a person creates from an accepted lead.
struct ConversionChoice {
    qint64 valueCents = 0;
    QString note;
};

} // namespace baton
