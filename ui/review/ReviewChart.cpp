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
    Q_EMIT picked(m_details.at(index));
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
}

void ReviewChart::setDetails(const QStringList &categories, const QStringList &details)
{
    m_categories = categories;
    m_details = details;
}

void ReviewChart::setEmpty(bool empty)
{
    setTitle(empty ? tr("%1 (nothing in this period)").arg(m_title) : m_title);
}

void ReviewChart::setHorizontalBars(const QStringList &categories, const QList<qreal> &values, qreal maximum,
                                    const QString &format, const QStringList &details)
{
    reset();
    setDetails(categories, details);
    setEmpty(categories.isEmpty());
    if (categories.isEmpty())
        return;
    const qsizetype count = categories.size();
    // A horizontal chart draws its first category at the bottom: the first one goes on top.
    QStringList shown(categories.rbegin(), categories.rend());
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
