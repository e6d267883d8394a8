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

std::unique_ptr<DomainOwnerPrefetch> DomainOwnerPrefetch::start(Database &db, std::vector<QString> domains)
{
    if (domains.empty() || !readerCanRunBeside(db))
        return nullptr;
    auto reader = DatabaseOpener::open(db.path(), DatabaseOpener::Mode::ReadOnly);
    if (!reader)
        return nullptr;
    std::unique_ptr<DomainOwnerPrefetch> prefetch(
        new DomainOwnerPrefetch(std::move(reader).value(), std::move(domains)));
    prefetch->m_thread = std::thread([raw = prefetch.get()] { raw->run(); });
    return prefetch;
}

DomainOwnerPrefetch::DomainOwnerPrefetch(std::unique_ptr<Database> reader, std::vector<QString> domains)
    : m_reader(std::move(reader))
    , m_domains(std::move(domains))
    , m_found(m_domains.size())
{}

DomainOwnerPrefetch::~DomainOwnerPrefetch()
{
    stop();
}

void DomainOwnerPrefetch::run()
{
    // One read transaction: every answer from the same committed state, and no lock taken per lookup.
    std::optional<Error> error;
    if (auto begun = m_reader->exec("BEGIN"); !begun)
        error = begun.error();
    RoutingRepository routing(*m_reader);
    for (size_t i = 0; !error && i < m_domains.size() && !m_stop.load(std::memory_order_relaxed); ++i) {
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
    (void)m_reader->exec("COMMIT");
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
