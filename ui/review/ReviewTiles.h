#pragma once

#include "metrics/MetricKey.h"
#include "metrics/ReviewMetrics.h"

#include <QWidget>

#include <map>

namespace baton {

class ReviewTile;

/// The tiles at the top of the Review page: each number of the period with its change against
/// the period before, green when it got better and red when it got worse (fewer stale MQLs,
/// fewer moves without contact and shorter times to first contact are better).
class ReviewTiles : public QWidget {
    Q_OBJECT

public:
    explicit ReviewTiles(QWidget *parent = nullptr);

    /// The metrics with a tile, in the order they are laid out.
    static const std::vector<MetricKey> &keys();

    void showMetrics(const ReviewMetrics &metrics);
    /// While the numbers are counted, or when they could not be.
    void showPending(const QString &words);

    /// The tile of a metric of keys(); null for another.
    ReviewTile *tile(MetricKey key) const;

    /// Lays the tiles out in rows of `count` (6 by default; fewer beside meeting mode's panel).
    void setColumns(int count);
    int columns() const { return m_columns; }

private:
    /// The agreement's target on each tile that has one, marked when the period missed it.
    void showTargets(const ReviewMetrics &metrics);
    void showRate(MetricKey key, const std::optional<double> &now, const std::optional<double> &before,
                  const QString &detail);
    void showCount(MetricKey key, int now, int before, bool lowerIsBetter, const QString &detail);
    void showDuration(MetricKey key, const std::optional<qint64> &now, const std::optional<qint64> &before,
                      const std::optional<qint64> &wall, const std::optional<qint64> &wallBefore);

    std::map<MetricKey, ReviewTile *> m_tiles;
    int m_columns = 0;
};

} // namespace baton
