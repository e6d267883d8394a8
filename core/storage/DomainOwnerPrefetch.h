#pragma once

#include "common/Result.h"
#include "storage/RoutingRepository.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace baton {

class Database;

/// Who owns each of a batch's company domains, looked up ahead of routing on a second, read-only
/// connection to the same file and on a thread of its own, so that the routing's writes and these
/// reads run side by side. It reads the file as last committed, in one read transaction from
/// open() to its end: open it before the transaction that routes changes any lead. Only a file
/// in WAL mode lets a reader run beside a writer, so on any other (a rollback journal, a
/// database in memory) open() declines and routing asks itself.
class DomainOwnerPrefetch {
public:
    /// The second reader; nullptr where one cannot run beside `db`'s writes.
    static std::unique_ptr<DomainOwnerPrefetch> open(Database &db);

    DomainOwnerPrefetch(const DomainOwnerPrefetch &) = delete;
    DomainOwnerPrefetch &operator=(const DomainOwnerPrefetch &) = delete;
    ~DomainOwnerPrefetch(); ///< stops, ends the read transaction and closes

    /// Starts looking up `domains`, in their order, in place of any batch before; the reader keeps
    /// the pages it read for the next.
    void lookUp(std::vector<QString> domains);
    size_t size() const { return m_domains.size(); }
    /// The owner of domain number `index` for `leadId` (that lead itself left out), as
    /// RoutingRepository::ownerOfDomain answers it; waits for the lookup if it is not done yet.
    /// Fails when the reader stopped before it (the caller then asks the file itself).
    Result<std::optional<qint64>> ownerOf(size_t index, qint64 leadId);
    /// Stops looking up and waits for the thread; what was found stays readable.
    void stop();

private:
    explicit DomainOwnerPrefetch(std::unique_ptr<Database> reader);
    void run();

    std::unique_ptr<Database> m_reader;
    std::vector<QString> m_domains;
    std::vector<std::vector<RoutingRepository::DomainLead>> m_found;
    std::atomic<size_t> m_ready{0};     ///< m_found[0, m_ready) are written
    std::atomic<bool> m_stop{false};    ///< asked to stop
    std::atomic<bool> m_waiting{false}; ///< ownerOf() waits for the next answer
    std::mutex m_mutex;
    std::condition_variable m_progress;
    bool m_ended = false;         ///< guarded by m_mutex: the thread looks up no more
    std::optional<Error> m_error; ///< written before m_ended
    std::thread m_thread;
};

} // namespace baton
