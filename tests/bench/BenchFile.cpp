#include "BenchFile.h"

#include "demo/DemoGenerator.h"
#include "storage/DatabaseOpener.h"

#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <cstdio>

namespace baton::bench {
namespace {

QString envOr(const char *name, const QString &fallback)
{
    const QByteArray value = qgetenv(name);
    return value.isEmpty() ? fallback : QString::fromLocal8Bit(value);
}

void removeFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

double megabytes(const QString &path)
{
    return static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);
}

} // namespace

QDateTime BenchFile::demoNow()
{
    return QDateTime(QDate(2026, 3, 10), QTime(10, 0), QTimeZone::utc());
}

BenchFile *BenchFile::instance()
{
    static BenchFile *file = [] {
        auto *made = new BenchFile;
        if (!made->prepare()) {
            delete made;
            return static_cast<BenchFile *>(nullptr);
        }
        return made;
    }();
    return file;
}

bool BenchFile::prepare()
{
    m_path = envOr("BATON_BENCH_DB", QStringLiteral("/tmp/baton-bench-1m.baton"));
    m_leads = envOr("BATON_BENCH_LEADS", QStringLiteral("1000000")).toLongLong();

    if (QFileInfo::exists(m_path)) {
        auto opened = DatabaseOpener::open(m_path, DatabaseOpener::Mode::MustExist);
        if (opened) {
            auto stored = (*opened)->queryInt("SELECT count(*) FROM leads");
            // A file from before routing and the SLA has no clocks, one from before the feedback
            // loop no rules behind its handoffs: made again, as today's demo would.
            auto clocks = (*opened)->queryInt("SELECT count(*) FROM sla_clocks");
            auto rules = (*opened)->queryInt("SELECT count(*) FROM score_rules");
            if (stored && *stored == m_leads && clocks && *clocks > 0 && rules && *rules > 0) {
                m_db = std::move(opened).value();
                std::fprintf(stderr, "bench file: reusing %s (%lld leads, %.0f MB)\n", qPrintable(m_path),
                             static_cast<long long>(m_leads), megabytes(m_path));
                return readFacts();
            }
        }
        std::fprintf(stderr, "bench file: %s is incomplete or has another size; making it again\n",
                     qPrintable(m_path));
        removeFile(m_path);
    }

    auto created = DatabaseOpener::open(m_path, DatabaseOpener::Mode::CreateIfMissing);
    if (!created) {
        std::fprintf(stderr, "bench file: %s\n", qPrintable(created.error().message));
        return false;
    }
    m_db = std::move(created).value();
    DemoOptions options;
    options.leads = m_leads;
    options.seed = 1;
    options.eventsPerLead = 20; // 1,000,000 leads, about 20,000,000 events
    options.now = demoNow();
    const qint64 step = std::max<qint64>(1, m_leads / 10);
    qint64 nextReport = step;
    options.progress = [&](qint64 done, qint64 total) {
        if (done >= nextReport) {
            std::fprintf(stderr, "  %lld / %lld leads\n", static_cast<long long>(done),
                         static_cast<long long>(total));
            nextReport += step;
        }
        return true;
    };
    std::fprintf(stderr, "bench file: making %s with %lld demo leads\n", qPrintable(m_path),
                 static_cast<long long>(m_leads));
    auto summary = DemoGenerator::generate(*m_db, options);
    if (!summary) {
        std::fprintf(stderr, "bench file: %s\n", qPrintable(summary.error().message));
        return false;
    }
    std::fprintf(stderr,
                 "bench file: %lld leads, %lld events (%.1f per lead), %lld activities, %lld stage changes "
                 "in %.2f s = %.0f leads/s; file %.0f MB\n",
                 static_cast<long long>(summary->leads), static_cast<long long>(summary->events),
                 static_cast<double>(summary->events) /
                     static_cast<double>(std::max<qint64>(1, summary->leads)),
                 static_cast<long long>(summary->activities), static_cast<long long>(summary->stageChanges),
                 summary->seconds, static_cast<double>(summary->leads) / summary->seconds, megabytes(m_path));
    return readFacts();
}

bool BenchFile::readFacts()
{
    auto busiest = m_db->prepare("SELECT owner_id, count(*) FROM leads WHERE stage IN ('mql', 'sal') AND "
                                 "owner_id IS NOT NULL GROUP BY owner_id ORDER BY 2 DESC, 1 LIMIT 1");
    if (!busiest || !*busiest->step()) {
        std::fprintf(stderr, "bench file: no open leads\n");
        return false;
    }
    m_busiestSdr = busiest->int64(0);
    m_busiestQueueSize = busiest->int64(1);

    auto surname =
        m_db->prepare("SELECT substr(name, instr(name, ' ') + 1) AS surname FROM leads WHERE stage "
                      "IN ('mql', 'sal') GROUP BY surname ORDER BY count(*) DESC, surname LIMIT 1");
    if (surname && *surname->step())
        m_commonSurname = surname->text(0);

    auto open = m_db->prepare("SELECT id FROM leads WHERE stage IN ('mql', 'sal') ORDER BY id");
    if (!open)
        return false;
    while (*open->step())
        m_openLeads.push_back(open->int64(0));
    std::fprintf(stderr,
                 "bench file: busiest SDR %lld has %lld open leads; %zu open leads in all; common "
                 "surname \"%s\"\n",
                 static_cast<long long>(m_busiestSdr), static_cast<long long>(m_busiestQueueSize),
                 m_openLeads.size(), qPrintable(m_commonSurname));
    return !m_openLeads.empty();
}

} // namespace baton::bench
