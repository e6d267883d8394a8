#include "storage/DomainOwnerPrefetch.h"

#include "storage/Database.h"
#include "storage/DatabaseOpener.h"

#include <QLatin1String>

namespace baton {
namespace {

/// Whether a second connection reads beside this one's write transaction without waiting for
/// it, and sees the file as it was committed: WAL on a file, not a database in memory.
bool readerCanRunBeside(Database &db)
{
    if (db.path().isEmpty() || db.path() == QLatin1String(":memory:"))
        return false;
    auto journal = db.prepare("PRAGMA journal_mode");
    if (!journal)
        return false;
    auto row = journal->step();
    return row && *row && journal->text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
}

} // namespace

std::unique_ptr<DomainOwnerPrefetch> DomainOwnerPrefetch::open(Database &db)
{
    if (!readerCanRunBeside(db))
        return nullptr;
    auto reader = DatabaseOpener::open(db.path(), DatabaseOpener::Mode::ReadOnly);
    if (!reader)
        return nullptr;
    // One read transaction: every answer from the same committed state, and no lock taken per lookup.
    if (!(*reader)->exec("BEGIN"))
        return nullptr;
    return std::unique_ptr<DomainOwnerPrefetch>(new DomainOwnerPrefetch(std::move(reader).value()));
}

DomainOwnerPrefetch::DomainOwnerPrefetch(std::unique_ptr<Database> reader)
    : m_reader(std::move(reader))
{}

DomainOwnerPrefetch::~DomainOwnerPrefetch()
{
    stop();
    (void)m_reader->exec("COMMIT");
}

void DomainOwnerPrefetch::lookUp(std::vector<QString> domains)
{
    stop();
    m_domains = std::move(domains);
    m_found.assign(m_domains.size(), {});
    m_ready.store(0);
    m_ended = false;
    m_error.reset();
    m_stop.store(false);
    m_thread = std::thread([this] { run(); });
}

void DomainOwnerPrefetch::run()
{
    std::optional<Error> error;
    RoutingRepository routing(*m_reader);
    for (size_t i = 0; i < m_domains.size() && !m_stop.load(std::memory_order_relaxed); ++i) {
        auto found = routing.latestOwnedOfDomain(m_domains[i]);
        if (!found) {
            error = found.error();
            break;
        }
        m_found[i] = std::move(found).value();
        m_ready.store(i + 1);
        if (m_waiting.load()) {
            const std::lock_guard lock(m_mutex);
            m_progress.notify_all();
        }
    }
    const std::lock_guard lock(m_mutex);
    m_error = std::move(error);
    m_ended = true;
    m_progress.notify_all();
}

Result<std::optional<qint64>> DomainOwnerPrefetch::ownerOf(size_t index, qint64 leadId)
{
    if (index >= m_ready.load()) {
        std::unique_lock lock(m_mutex);
        m_waiting.store(true);
        m_progress.wait(lock, [&] { return index < m_ready.load() || m_ended; });
        m_waiting.store(false);
        if (index >= m_ready.load()) {
            return m_error ? *m_error
                           : makeError(ErrorKind::Cancelled,
                                       QStringLiteral(
                                           "The owners of the batch's companies were not all looked up."));
        }
    }
    for (const RoutingRepository::DomainLead &lead : m_found[index]) {
        if (lead.leadId != leadId)
            return std::optional<qint64>(lead.ownerId);
    }
    return std::optional<qint64>();
}

void DomainOwnerPrefetch::stop()
{
    m_stop.store(true);
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace baton
