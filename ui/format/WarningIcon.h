#pragma once

#include <QColor>
#include <QIcon>

namespace baton {

/// The amber triangle with an exclamation mark that marks a row needing a second look, the same
/// in every list.
class WarningIcon {
public:
    static QIcon icon();
    static QColor colour() { return QColor(0xd9, 0x77, 0x06); }
};

} // namespace baton
