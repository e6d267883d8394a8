#include "format/StagePalette.h"

namespace baton {

QColor StagePalette::foreground(Stage stage)
{
    switch (stage) {
    case Stage::Nurture:
        return QColor(0x47, 0x55, 0x69);
    case Stage::Mql:
        return QColor(0x1d, 0x4e, 0xd8);
    case Stage::Sal:
        return QColor(0x15, 0x80, 0x3d);
    case Stage::Sql:
        return QColor(0x6d, 0x28, 0xd9);
    case Stage::Rejected:
        return QColor(0xb9, 0x1c, 0x1c);
    case Stage::Disqualified:
        return QColor(0xc2, 0x41, 0x0c);
    case Stage::Recycled:
        return QColor(0xa1, 0x62, 0x07);
    }
    return QColor(0x47, 0x55, 0x69);
}

QColor StagePalette::background(Stage stage)
{
    switch (stage) {
    case Stage::Nurture:
        return QColor(0xf1, 0xf5, 0xf9);
    case Stage::Mql:
        return QColor(0xdb, 0xea, 0xfe);
    case Stage::Sal:
        return QColor(0xdc, 0xfc, 0xe7);
    case Stage::Sql:
        return QColor(0xed, 0xe9, 0xfe);
    case Stage::Rejected:
        return QColor(0xfe, 0xe2, 0xe2);
    case Stage::Disqualified:
        return QColor(0xff, 0xed, 0xd5);
    case Stage::Recycled:
        return QColor(0xfe, 0xf9, 0xc3);
    }
    return QColor(0xf1, 0xf5, 0xf9);
}

} // namespace baton
