#pragma once

#include "domain/Stage.h"

#include <QColor>

namespace baton {

/// The colours a stage is shown in, the same in the queue and on the card.
class StagePalette {
public:
    /// Text colour; readable on light and dark backgrounds alike.
    static QColor foreground(Stage stage);
    /// The pale fill of a stage badge.
    static QColor background(Stage stage);
};

} // namespace baton
