#pragma once

#include "domain/Stage.h"

#include <QString>

namespace baton {

/// The lead picked in a queue, as the actions need it: which one, in which stage, and the
/// version that was read (an action on a lead changed meanwhile fails with a conflict).
struct SelectedLead {
    qint64 id = 0;
    qint64 version = 0;
    Stage stage = Stage::Mql;
    QString name;
    bool closed = false; ///< an opportunity already marked won or lost
};

} // namespace baton
