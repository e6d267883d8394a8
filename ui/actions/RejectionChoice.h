#pragma once

#include <QString>

namespace baton {

/// What a person chose when rejecting a lead.
struct RejectionChoice {
    QString reasonCode;
    QString note;
};

} // namespace baton
