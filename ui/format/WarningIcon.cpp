#include "format/WarningIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace baton {
namespace {

QPixmap paint(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPainterPath triangle;
    triangle.moveTo(s / 2, s * 0.06);
    triangle.lineTo(s * 0.97, s * 0.92);
    triangle.lineTo(s * 0.03, s * 0.92);
    triangle.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(WarningIcon::colour());
    painter.drawPath(triangle);
    painter.setBrush(Qt::white);
    const qreal bar = s * 0.13;
    painter.drawRoundedRect(QRectF(s / 2 - bar / 2, s * 0.32, bar, s * 0.34), bar / 2, bar / 2);
    painter.drawEllipse(QPointF(s / 2, s * 0.78), bar * 0.6, bar * 0.6);
    return pixmap;
}

} // namespace

QIcon WarningIcon::icon()
{
    static const QIcon icon = [] {
        QIcon made;
        for (int size : {16, 24, 32, 48})
            made.addPixmap(paint(size));
        return made;
    }();
    return icon;
}

} // namespace baton
