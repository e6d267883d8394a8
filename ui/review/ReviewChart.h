#pragma once

#include "services/ReviewLeadService.h"

#include <QChart>
#include <QStringList>

namespace baton {

/// A chart of the Review page: built from the review's numbers, it says what is behind a bar
/// or point when one is clicked. Subclasses fill it; each bar or point has one line of detail.
class ReviewChart : public QChart {
    Q_OBJECT

public:
    explicit ReviewChart(const QString &title, QGraphicsItem *parent = nullptr);

    /// The words behind each bar or point, in the order of their categories.
    const QStringList &details() const { return m_details; }
    /// The handoffs behind each bar or point (of the review's period), in the same order.
    const std::vector<ReviewSlice> &slices() const { return m_slices; }
    QStringList categories() const { return m_categories; }
    /// Says what is behind the bar or point of this category; nothing for one out of range.
    void pick(int index);
    /// The height its bars need to keep their labels readable; 0 when any height will do.
    int preferredHeight() const { return m_preferredHeight; }

    /// A category axis label as the axis draws it (its labels are rich text): escaped, and with
    /// a line break in place of the last `lineBreak` (when not empty), so narrow bars keep it whole.
    static QString axisLabel(const QString &text, const QString &lineBreak = {});
    /// A smaller font for the labels of an axis with many categories.
    static QFont smallFont(const QFont &font);

Q_SIGNALS:
    /// A bar or point was clicked (or picked): its numbers in words, and its index among the
    /// categories.
    void picked(const QString &detail, int index);

protected:
    /// Empties the chart of its series and axes.
    void reset();
    /// One horizontal bar per category, the first on top, on a value axis from 0 to `maximum`;
    /// each labelled with `format` ("@value", "@value%").
    void setHorizontalBars(const QStringList &categories, const QList<qreal> &values, qreal maximum,
                           const QString &format, const QStringList &details,
                           const std::vector<ReviewSlice> &slices);
    /// Says in the title when there is nothing to draw.
    void setEmpty(bool empty);
    void setDetails(const QStringList &categories, const QStringList &details,
                    const std::vector<ReviewSlice> &slices);

private:
    QString m_title;
    QStringList m_categories;
    QStringList m_details;
    std::vector<ReviewSlice> m_slices;
    int m_preferredHeight = 0;
};

} // namespace baton
