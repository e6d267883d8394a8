#include "review/PdfLayout.h"

#include <QPdfWriter>

#include <algorithm>

namespace baton {
namespace {

constexpr qreal cellPadding = 4;
const QColor ink(0x11, 0x18, 0x27);
const QColor muted(0x6b, 0x72, 0x80);
const QColor rule(0xd1, 0xd5, 0xdb);
const QColor shade(0xf3, 0xf4, 0xf6);

QFont sized(qreal points, bool bold = false)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

PdfLayout::PdfLayout(QPdfWriter &writer, QString footer)
    : m_writer(writer)
    , m_footer(std::move(footer))
    , m_titleFont(sized(18, true))
    , m_headingFont(sized(13, true))
    , m_bodyFont(sized(10))
    , m_tableFont(sized(9))
    , m_footerFont(sized(8))
{
    m_painter.begin(&m_writer);
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
}

PdfLayout::~PdfLayout()
{
    finish();
}

qreal PdfLayout::width() const
{
    return m_writer.width();
}

qreal PdfLayout::bottom() const
{
    // Room for the footer under the text.
    return m_writer.height() - 3 * QFontMetricsF(m_footerFont, &m_writer).height();
}

void PdfLayout::finish()
{
    if (m_finished || !isActive())
        return;
    m_finished = true;
    drawFooter();
    m_painter.end();
}

void PdfLayout::drawFooter()
{
    m_painter.save();
    m_painter.setFont(m_footerFont);
    m_painter.setPen(muted);
    const qreal line = QFontMetricsF(m_footerFont, &m_writer).height();
    const QRectF area(0, m_writer.height() - line, width(), line);
    m_painter.drawLine(QPointF(0, area.top() - line / 2), QPointF(width(), area.top() - line / 2));
    m_painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1").arg(m_page));
    m_painter.restore();
}

void PdfLayout::newPage()
{
    drawFooter();
    m_writer.newPage();
    ++m_page;
    m_y = 0;
}

void PdfLayout::ensure(qreal height)
{
    if (m_y > 0 && m_y + height > bottom())
        newPage();
}

qreal PdfLayout::textHeight(const QString &text, const QFont &font, qreal width) const
{
    const QFontMetricsF metrics(font, &m_writer);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void PdfLayout::title(const QString &text)
{
    const qreal height = textHeight(text, m_titleFont, width());
    ensure(height);
    m_painter.setFont(m_titleFont);
    m_painter.setPen(ink);
    m_painter.drawText(QRectF(0, m_y, width(), height), Qt::TextWordWrap, text);
    m_y += height + 6;
}

void PdfLayout::heading(const QString &text)
{
    const qreal height = textHeight(text, m_headingFont, width());
    // A heading stays with at least a few lines of what follows it.
    ensure(height + 5 * QFontMetricsF(m_tableFont, &m_writer).height());
    m_y += m_y > 0 ? 12 : 0;
    m_painter.setFont(m_headingFont);
    m_painter.setPen(ink);
    m_painter.drawText(QRectF(0, m_y, width(), height), Qt::TextWordWrap, text);
    m_y += height + 4;
}

void PdfLayout::paragraph(const QString &text, bool isMuted)
{
    const qreal height = textHeight(text, m_bodyFont, width());
    ensure(height);
    m_painter.setFont(m_bodyFont);
    m_painter.setPen(isMuted ? muted : ink);
    m_painter.drawText(QRectF(0, m_y, width(), height), Qt::TextWordWrap, text);
    m_y += height + 2;
}

void PdfLayout::space(qreal height)
{
    m_y += height;
}

QList<qreal> PdfLayout::columnWidths(const QList<Column> &columns) const
{
    qreal shares = 0;
    for (const Column &column : columns)
        shares += column.share;
    QList<qreal> widths;
    for (const Column &column : columns)
        widths << width() * column.share / std::max<qreal>(shares, 1);
    return widths;
}

qreal PdfLayout::drawRow(const QList<Column> &columns, const QList<qreal> &widths, const QStringList &cells,
                         const QFont &font, bool header, bool shaded)
{
    qreal height = 0;
    for (qsizetype i = 0; i < columns.size(); ++i)
        height = std::max(height, textHeight(cells.value(i), font, widths[i] - 2 * cellPadding));
    height += 2 * cellPadding;
    if (header || shaded)
        m_painter.fillRect(QRectF(0, m_y, width(), height), shade);
    m_painter.setFont(font);
    m_painter.setPen(header ? muted : ink);
    qreal x = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QRectF cell(x + cellPadding, m_y + cellPadding, widths[i] - 2 * cellPadding,
                          height - 2 * cellPadding);
        const int align =
            (columns[i].right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop | Qt::TextWordWrap;
        m_painter.drawText(cell, align, cells.value(i));
        x += widths[i];
    }
    m_painter.setPen(rule);
    m_painter.drawLine(QPointF(0, m_y + height), QPointF(width(), m_y + height));
    m_y += height;
    return height;
}

void PdfLayout::table(const QList<Column> &columns, const QList<QStringList> &rows)
{
    const QList<qreal> widths = columnWidths(columns);
    QStringList titles;
    for (const Column &column : columns)
        titles << column.title;
    QFont headerFont = m_tableFont;
    headerFont.setBold(true);
    const qreal line = QFontMetricsF(m_tableFont, &m_writer).height() + 2 * cellPadding;
    ensure(3 * line);
    drawRow(columns, widths, titles, headerFont, true, false);
    int index = 0;
    for (const QStringList &row : rows) {
        qreal height = 0;
        for (qsizetype i = 0; i < columns.size(); ++i)
            height = std::max(height, textHeight(row.value(i), m_tableFont, widths[i] - 2 * cellPadding));
        if (m_y + height + 2 * cellPadding > bottom()) {
            newPage();
            drawRow(columns, widths, titles, headerFont, true, false);
        }
        drawRow(columns, widths, row, m_tableFont, false, index % 2 == 1);
        ++index;
    }
    m_y += 6;
}

void PdfLayout::picture(qreal height, const std::function<void(QPainter &, const QRectF &)> &draw)
{
    ensure(height);
    const QRectF area(0, m_y, width(), height);
    m_painter.save();
    draw(m_painter, area);
    m_painter.restore();
    m_y += height + 8;
}

} // namespace baton
