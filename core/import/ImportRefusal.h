#pragma once

#include <QString>

namespace baton {

/// A row the import refused, and why: the rest of the file imports without it.
struct ImportRefusal {
    qint64 row = 0; ///< the file's line the row starts on
    QString column; ///< the header as the file spells it; empty for the row as a whole
    QString value;  ///< what the cell held
    QString why;
};

} // namespace baton
