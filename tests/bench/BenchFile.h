#pragma once

#include "storage/Database.h"

#include <QString>

#include <memory>
#include <vector>

namespace baton::bench {

/// The large demo file the benchmarks read: made once (or reused when it is complete) at
/// $BATON_BENCH_DB (default /tmp/baton-bench-1m.baton) with $BATON_BENCH_LEADS leads
/// (default 1,000,000), and the facts the benchmarks pick their rows by.
class BenchFile {
public:
    /// The shared file, prepared on first use; nullptr (with a message on stderr) when it cannot be.
    static BenchFile *instance();

    Database &db() { return *m_db; }
    const QString &path() const { return m_path; }
    qint64 leads() const { return m_leads; }

    qint64 busiestSdr() const { return m_busiestSdr; } ///< the SDR with the largest open queue
    qint64 busiestQueueSize() const { return m_busiestQueueSize; }
    const QString &commonSurname() const { return m_commonSurname; } ///< most frequent among open leads
    const std::vector<qint64> &openLeads() const { return m_openLeads; }

    /// A fixed "now" for demo data, so every run makes the same file.
    static QDateTime demoNow();

private:
    BenchFile() = default;
    bool prepare();
    bool readFacts();

    QString m_path;
    qint64 m_leads = 0;
    std::unique_ptr<Database> m_db;
    qint64 m_busiestSdr = 0;
    qint64 m_busiestQueueSize = 0;
    QString m_commonSurname;
    std::vector<qint64> m_openLeads;
};

} // namespace baton::bench
