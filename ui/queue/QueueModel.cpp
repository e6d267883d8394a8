#include "queue/QueueModel.h"

#include "common/Clock.h"
#include "format/AgeFormat.h"
#include "format/SlaFormat.h"
#include "format/StagePalette.h"
#include "format/WarningIcon.h"

#include <algorithm>
#include <limits>

namespace baton {

QueueModel::QueueModel(Database &database, const Clock &clock, QObject *parent)
    : QueueModel(database, clock, defaultBlockSize, defaultCacheBlocks, parent)
{}

QueueModel::QueueModel(Database &database, const Clock &clock, int blockSize, int cacheBlocks,
                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(database)
    , m_clock(clock)
    , m_blockSize(std::max(1, blockSize))
    , m_cache(cacheBlocks)
{}

void QueueModel::tick()
{
    if (m_count > 0)
        Q_EMIT dataChanged(
            index(0, ResponseColumn),
            index(static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()) - 1),
                  ResponseColumn),
            {Qt::DisplayRole, Qt::ForegroundRole, Qt::BackgroundRole});
}

void QueueModel::setFilter(const QueueFilter &filter)
{
    m_filter = filter;
    reload();
}

void QueueModel::refresh()
{
    reload();
}

void QueueModel::reload()
{
    beginResetModel();
    m_cache.clear();
    m_lastError.clear();
    auto counted = m_repository.count(m_filter);
    if (counted) {
        m_count = std::clamp<qint64>(*counted, 0, std::numeric_limits<int>::max());
    } else {
        m_count = 0;
        reportError(counted.error().message);
    }
    if (m_count > 0)
        block(0); // the first page is there before any view asks
    endResetModel();
    Q_EMIT countChanged(m_count);
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_count);
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QueueBlockCache::Block *QueueModel::block(int blockIndex) const
{
    if (const auto *cached = m_cache.find(blockIndex))
        return cached;
    // A failed read is cached as an empty block, so a broken file is not asked again on every
    // paint.
    return &m_cache.insert(blockIndex, fetch(blockIndex));
}

QueueBlockCache::Block QueueModel::fetch(int blockIndex) const
{
    Result<std::vector<QueueRow>> page = Error{};
    const QueueBlockCache::Block *previous = blockIndex > 0 ? m_cache.peek(blockIndex - 1) : nullptr;
    if (blockIndex == 0) {
        ++m_stats.keyset;
        page = m_repository.pageAfter(m_filter, std::nullopt, m_blockSize);
    } else if (previous && static_cast<int>(previous->size()) == m_blockSize) {
        ++m_stats.keyset;
        page = m_repository.pageAfter(m_filter, QueueRepository::keyOf(previous->back()), m_blockSize);
    } else {
        ++m_stats.offset;
        page = m_repository.pageAt(m_filter, static_cast<qint64>(blockIndex) * m_blockSize, m_blockSize);
    }
    if (!page) {
        reportError(page.error().message);
        return {};
    }
    return std::move(page).value();
}

void QueueModel::reportError(const QString &message) const
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    // Not from inside data() or a reset: the receiver may want to touch the model.
    auto *self = const_cast<QueueModel *>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { Q_EMIT self->loadFailed(message); }, Qt::QueuedConnection);
}

const QueueRow *QueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const auto *rows = block(row / m_blockSize);
    const auto inBlock = static_cast<size_t>(row % m_blockSize);
    if (!rows || inBlock >= rows->size())
        return nullptr;
    return &(*rows)[inBlock];
}

std::optional<int> QueueModel::findLead(qint64 leadId, int nearRow) const
{
    constexpr int reach = 2;
    for (int distance = 0; distance <= reach; ++distance) {
        for (int row : {nearRow - distance, nearRow + distance}) {
            if (const QueueRow *found = rowAt(row); found && found->id == leadId)
                return row;
        }
    }
    return std::nullopt;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == HandoffColumn)
            return AgeFormat::full(row->handoffAt);
        if (index.column() == ResponseColumn)
            return row->dueAt ? tr("Respond by %1").arg(AgeFormat::full(*row->dueAt))
                              : tr("Contacted, or no response time applies");
        if (index.column() == LeadColumn)
            return row->email;
        if (index.column() == StageColumn && row->movedWithoutContact)
            return withoutContactText(*row);
        return {};
    case Qt::DecorationRole:
        if (index.column() == StageColumn && row->movedWithoutContact)
            return WarningIcon::icon();
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == StageColumn && row->movedWithoutContact)
            return tr("%1, %2").arg(stageText(*row), withoutContactText(*row).toLower());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StageColumn)
            return StagePalette::foreground(row->stage);
        if (index.column() == ResponseColumn && row->dueAt)
            return SlaFormat::foreground(SlaFormat::runningState(*row->dueAt, m_clock.now()));
        return {};
    case Qt::BackgroundRole:
        if (index.column() == ResponseColumn && row->dueAt)
            return SlaFormat::background(SlaFormat::runningState(*row->dueAt, m_clock.now()));
        return {};
    case Qt::FontRole:
        if (index.column() == LeadColumn || index.column() == StageColumn)
            return m_emphasis;
        return {};
    case LeadIdRole:
        return row->id;
    case VersionRole:
        return row->version;
    case StageRole:
        return static_cast<int>(row->stage);
    case HandoffRole:
        return row->handoffAt;
    case NameRole:
        return row->name;
    case DueRole:
        return row->dueAt ? QVariant(*row->dueAt) : QVariant();
    case WithoutContactRole:
        return row->movedWithoutContact;
    case ClosedRole:
        return !row->opportunityResult.isEmpty();
    default:
        return {};
    }
}

QVariant QueueModel::display(const QueueRow &row, int column) const
{
    switch (column) {
    case LeadColumn:
        return row.name;
    case ResponseColumn:
        return row.dueAt ? SlaFormat::countdown(*row.dueAt, m_clock.now()) : QStringLiteral("—");
    case CompanyColumn:
        return row.company;
    case TitleColumn:
        return row.title;
    case StageColumn:
        return stageText(row);
    case CampaignColumn:
        return row.campaign;
    case HandoffColumn:
        return AgeFormat::relative(row.handoffAt, m_clock.now());
    default:
        return {};
    }
}

QString QueueModel::stageText(const QueueRow &row)
{
    if (row.opportunityResult == QLatin1String("won"))
        return tr("Won");
    if (row.opportunityResult == QLatin1String("lost"))
        return tr("Lost");
    return stageLabel(row.stage);
}

QString QueueModel::withoutContactText(const QueueRow &row)
{
    return row.stage == Stage::Sal ? tr("Accepted without a meaningful contact")
                                   : tr("Moved on without a meaningful contact");
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LeadColumn:
        return tr("Lead");
    case ResponseColumn:
        return tr("Respond");
    case CompanyColumn:
        return tr("Company");
    case TitleColumn:
        return tr("Title");
    case StageColumn:
        return tr("Stage");
    case CampaignColumn:
        return tr("Campaign");
    case HandoffColumn:
        return tr("Handed over");
    default:
        return {};
    }
}

} // namespace baton
