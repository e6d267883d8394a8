#include "review/ReviewChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace baton {

ReviewChart::ReviewChart(const QString &title, QGraphicsItem *parent)
    : QChart(parent)
    , m_title(title)
{
    setTitle(title);
    QFont bold = titleFont();
    bold.setBold(true);
    setTitleFont(bold);
    legend()->hide();
    setMargins(QMargins(4, 4, 4, 4));
    setBackgroundRoundness(0);
}

void ReviewChart::pick(int index)
{
    if (index < 0 || index >= m_details.size())
        return;
    Q_EMIT picked(m_details.at(index), index);
}

QString ReviewChart::axisLabel(const QString &text, const QString &lineBreak)
{
    const qsizetype at = lineBreak.isEmpty() ? -1 : text.lastIndexOf(lineBreak);
    if (at < 0)
        return text.toHtmlEscaped();
    return text.left(at).toHtmlEscaped() + QStringLiteral("<br>") +
           text.mid(at + lineBreak.size()).toHtmlEscaped();
}

QFont ReviewChart::smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

void ReviewChart::reset()
{
    removeAllSeries();
    for (QAbstractAxis *axis : axes()) {
        removeAxis(axis);
        delete axis;
    }
    m_categories.clear();
    m_details.clear();
    m_slices.clear();
    m_preferredHeight = 0;
}

void ReviewChart::setDetails(const QStringList &categories, const QStringList &details,
                             const std::vector<ReviewSlice> &slices)
{
    m_categories = categories;
    m_details = details;
    m_slices = slices;
}

void ReviewChart::setEmpty(bool empty)
{
    setTitle(empty ? tr("%1 (nothing in this period)").arg(m_title) : m_title);
}

void ReviewChart::setHorizontalBars(const QStringList &categories, const QList<qreal> &values, qreal maximum,
                                    const QString &format, const QStringList &details,
                                    const std::vector<ReviewSlice> &slices)
{
    reset();
    setDetails(categories, details, slices);
    setEmpty(categories.isEmpty());
    if (categories.isEmpty())
        return;
    const qsizetype count = categories.size();
    // Each label needs about two lines of height, or the axis elides it.
    m_preferredHeight = 80 + 26 * static_cast<int>(count);
    // A horizontal chart draws its first category at the bottom: the first one goes on top.
    QStringList shown;
    for (auto category = categories.rbegin(); category != categories.rend(); ++category)
        shown << axisLabel(*category);
    auto *set = new QBarSet(title());
    for (qsizetype i = count - 1; i >= 0; --i)
        set->append(values.value(i));
    set->setColor(QColor(0x25, 0x63, 0xeb));
    set->setLabelColor(QColor(0x11, 0x18, 0x27));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(format);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(shown);
    categoryAxis->setLabelsFont(smallFont(categoryAxis->labelsFont()));
    addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    // Room past the longest bar for its label.
    valueAxis->setRange(0, std::max<qreal>(maximum, 1.0) * 1.15);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setTickCount(5);
    valueAxis->setLabelsVisible(false);
    valueAxis->setGridLineVisible(false);
    addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    connect(set, &QBarSet::clicked, this,
            [this, count](int index) { pick(static_cast<int>(count - 1 - index)); });
}

} // namespace baton
