#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QString>
#include <QStringList>

#include <functional>

class QPdfWriter;

namespace baton {

/// Lays a document out down the pages of a PDF: headings, paragraphs, tables that go on over
/// the next page with their header repeated, and pictures drawn by the caller. Each page ends
/// with a footer: a line of words on the left, the page's number on the right.
///
/// Works in the writer's device units; the writer's resolution should be the screen's logical
/// one (96 dpi) so that what the scene lays out for the screen keeps its size on the page.
class PdfLayout {
    Q_DECLARE_TR_FUNCTIONS(PdfLayout)

public:
    /// Begins painting on `writer`; isActive() says whether the device could be painted on.
    PdfLayout(QPdfWriter &writer, QString footer);
    ~PdfLayout();
    PdfLayout(const PdfLayout &) = delete;
    PdfLayout &operator=(const PdfLayout &) = delete;

    bool isActive() const { return m_painter.isActive(); }
    /// The width of the text area.
    qreal width() const;
    int pageCount() const { return m_page; }

    void title(const QString &text);
    void heading(const QString &text);
    void paragraph(const QString &text, bool muted = false);
    void space(qreal height);

    struct Column {
        QString title;
        qreal share = 1;    ///< of the width, against the other columns' shares
        bool right = false; ///< numbers are right-aligned
    };
    /// A table; long ones go on over the next pages, each with the header again. Cells wrap.
    void table(const QList<Column> &columns, const QList<QStringList> &rows);
    /// A picture of the given height across the text area; on the next page when it does not fit.
    void picture(qreal height, const std::function<void(QPainter &, const QRectF &)> &draw);

    /// Ends the last page (its footer) and the painting; called by the destructor too.
    void finish();

private:
    /// Starts a new page unless `height` still fits on this one.
    void ensure(qreal height);
    void newPage();
    void drawFooter();
    qreal bottom() const;
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    QList<qreal> columnWidths(const QList<Column> &columns) const;
    qreal drawRow(const QList<Column> &columns, const QList<qreal> &widths, const QStringList &cells,
                  const QFont &font, bool header, bool shaded);

    QPdfWriter &m_writer;
    QPainter m_painter;
    QString m_footer;
    QFont m_titleFont;
    QFont m_headingFont;
    QFont m_bodyFont;
    QFont m_tableFont;
    QFont m_footerFont;
    qreal m_y = 0;
    int m_page = 1;
    bool m_finished = false;
};

} // namespace baton
