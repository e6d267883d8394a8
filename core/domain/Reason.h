#pragma once

#include "domain/Stage.h"

#include <QString>

namespace baton {

/// One entry of the reason taxonomy: why a lead left the queue.
struct Reason {
    QString code;                  ///< "no_authority"
    QString label;                 ///< "No authority"
    Stage stage = Stage::Rejected; ///< the exit stage it applies to
    bool noteRequired = false;     ///< e.g. "other" needs words
};

} // namespace baton
