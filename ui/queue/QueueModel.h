#pragma once

#include "queue/QueueBlockCache.h"
#include "storage/QueueFilter.h"
#include "storage/QueueRepository.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QString>

#include <optional>

namespace baton {

class Clock;
class Database;

/// A queue as a table that never loads the whole queue: the row count comes from one
/// COUNT, rows arrive in blocks through keyset paging (or an offset when the view jumps),
/// and a small LRU cache of blocks keeps memory bounded.
class QueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        LeadColumn,
        ResponseColumn, ///< the response clock's countdown, coloured by its state
        CompanyColumn,
        TitleColumn,
        StageColumn,
        CampaignColumn,
        HandoffColumn,
        ColumnCount
    };
    enum Role {
        LeadIdRole = Qt::UserRole, ///< qint64
        VersionRole,               ///< qint64, for the optimistic check of an action
        StageRole,                 ///< int(Stage)
        HandoffRole,               ///< QDateTime (UTC)
        NameRole,                  ///< QString
        DueRole,                   ///< QDateTime (UTC) of the running response clock; null once it stopped
        WithoutContactRole,        ///< bool: its stage moved on with no meaningful contact behind it
        ClosedRole,                ///< bool: an opportunity already marked won or lost
    };
    struct FetchStats {
        int keyset = 0; ///< blocks read after the previous block's last key
        int offset = 0; ///< blocks read by row number (jumps)
    };

    static constexpr int defaultBlockSize = 128;
    static constexpr int defaultCacheBlocks = 16;

    QueueModel(Database &database, const Clock &clock, QObject *parent = nullptr);
    QueueModel(Database &database, const Clock &clock, int blockSize, int cacheBlocks,
               QObject *parent = nullptr);

    /// Shows another queue (a reset); the first block is read at once.
    void setFilter(const QueueFilter &filter);
    const QueueFilter &filter() const { return m_filter; }
    /// Reads the count and the first block again, e.g. after an action changed a lead.
    void refresh();
    /// The countdowns move on: repaints the response column (no reading).
    void tick();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row, loading its block when needed; nullptr when out of range or unreadable.
    const QueueRow *rowAt(int row) const;
    /// The row of a lead, looked for around a row (the lead may have moved by a few rows).
    std::optional<int> findLead(qint64 leadId, int nearRow) const;

    qint64 totalCount() const { return m_count; }
    int blockSize() const { return m_blockSize; }
    int cachedBlockCount() const { return m_cache.size(); }
    int cacheCapacity() const { return m_cache.capacity(); }
    const FetchStats &fetchStats() const { return m_stats; }

Q_SIGNALS:
    /// The number of leads in the queue after a reset.
    void countChanged(qint64 count);
    /// Reading the queue failed; the message says why (sent once per distinct message).
    void loadFailed(const QString &message);

private:
    void reload();
    const QueueBlockCache::Block *block(int blockIndex) const;
    QueueBlockCache::Block fetch(int blockIndex) const;
    void reportError(const QString &message) const;
    QVariant display(const QueueRow &row, int column) const;
    static QString withoutContactText(const QueueRow &row);
    /// The stage, and for an opportunity that closed, whether it was won.
    static QString stageText(const QueueRow &row);

    mutable QueueRepository m_repository;
    const Clock &m_clock;
    QueueFilter m_filter;
    qint64 m_count = 0;
    int m_blockSize;
    mutable QueueBlockCache m_cache;
    mutable FetchStats m_stats;
    mutable QString m_lastError;
    QFont m_emphasis; ///< names and stages stand out
};

} // namespace baton
