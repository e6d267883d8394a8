#pragma once

#include "review/ReviewText.h"

#include <QColor>
#include <QFrame>

class QLabel;

namespace baton {

/// One number of the Review page, large, with its title above, its change against the period
/// before (green when it got better, red when it got worse) and a muted line of detail.
class ReviewTile : public QFrame {
    Q_OBJECT

public:
    explicit ReviewTile(const QString &title, QWidget *parent = nullptr);

    void setNumbers(const QString &value, const ReviewChange &change, const QString &detail);
    /// A number without a change: the change line says `words` instead.
    void setPending(const QString &words);
    /// The agreement's target under the numbers, red when missed; an empty text hides the line.
    void setTarget(const QString &text, bool missed);

    QString title() const;
    QString value() const;
    QString change() const;
    ReviewTrend trend() const { return m_trend; }
    QString detail() const;
    QString target() const; ///< empty when the metric has no target

    static QColor colourOf(ReviewTrend trend);

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
    QLabel *m_detail;
    QLabel *m_target;
    ReviewTrend m_trend = ReviewTrend::Unknown;
};

} // namespace baton
