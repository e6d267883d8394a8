#include "common/FixedClock.h"
#include "import/EventImporter.h"
#include "import/ImportPreset.h"
#include "import/LeadImporter.h"
#include "services/RoutingService.h"
#include "storage/Database.h"
#include "storage/DatabaseOpener.h"
#include "storage/LargeWriteCache.h"
#include "storage/UserRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <random>
#include <string>
#include <vector>

// CSV imports of 100,000 leads (a HubSpot export) and 1,000,000 engagement events, scoring,
// handing over and routing included, against the raw SQLite C API inserting the same rows
// (prepared INSERTs, one transaction, the same connection settings and page cache) in the same
// run. BATON_BENCH_IMPORT_LEADS changes the size (10 events a lead).

namespace baton::bench {
namespace {

const QDateTime benchNow(QDate(2026, 3, 10), QTime(10, 0), QTimeZone::utc());

/// One lead of the files, as the raw inserts write it.
struct LeadValues {
    std::string first, last, email, title, seniority, company, domain, industry, country, region;
    qint64 employees = 0;
    qint64 createdAt = 0;
};
struct EventValues {
    qint64 lead = 0; ///< 1-based, in file order
    int type = 0;
    qint64 at = 0;
    int detail = 0; ///< index into details
};

const std::array<const char *, 6> industries{"Software", "Financial Services", "Healthcare",
                                             "Retail",   "Manufacturing",      "Education"};
const std::array<const char *, 6> titles{"VP Marketing",      "Director of Sales", "Marketing Manager",
                                         "Software Engineer", "Student",           "Chief Revenue Officer"};
const std::array<const char *, 6> seniorities{"vp",         "director", "manager",
                                              "individual", "student",  "c_level"};
const std::array<std::array<const char *, 3>, 5> countries{{{"United States", "US", "NA"},
                                                            {"Germany", "DE", "EMEA"},
                                                            {"United Kingdom", "GB", "EMEA"},
                                                            {"Japan", "JP", "APAC"},
                                                            {"Brazil", "BR", "LATAM"}}};
const std::array<const char *, 5> eventTypes{"page_view", "page_view", "content_download", "email_click",
                                             "webinar_attended"};
const std::array<const char *, 8> details{
    "/pricing", "/product/routing", "/product/sla", "/blog/handoff", "State of RevOps 2026", "Q1 Webinar",
    "/docs",    "/careers"};

struct Files {
    std::vector<LeadValues> leads;
    std::vector<EventValues> events;
    QString leadsCsv;
    QString eventsCsv;
};

std::string csvDate(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        .toStdString();
}

Files makeFiles(const QString &folder, qint64 leadCount, int eventsPerLead)
{
    Files files;
    std::mt19937_64 random(42);
    const qint64 now = benchNow.toSecsSinceEpoch();
    files.leads.reserve(static_cast<size_t>(leadCount));
    std::string csv =
        "\xEF\xBB\xBF\"Record ID\",\"First Name\",\"Last Name\",\"Email\",\"Company Name\",\"Job Title\","
        "\"Country/Region\",\"Industry\",\"Number of Employees\",\"Create Date\"\r\n";
    for (qint64 i = 0; i < leadCount; ++i) {
        LeadValues lead;
        const size_t pick = random() % 6;
        const auto &country = countries[random() % countries.size()];
        lead.first = "First" + std::to_string(i);
        lead.last = "Last" + std::to_string(i % 997);
        lead.company = "Company " + std::to_string(i % 20'000);
        lead.domain = "company" + std::to_string(i % 20'000) + ".example";
        lead.email = "lead" + std::to_string(i) + "@" + lead.domain;
        lead.title = titles[pick];
        lead.seniority = seniorities[pick];
        lead.industry = industries[random() % industries.size()];
        lead.country = country[1];
        lead.region = country[2];
        lead.employees = static_cast<qint64>(10 + random() % 8000);
        lead.createdAt = (now - 86400 * static_cast<qint64>(5 + random() % 300)) / 60 * 60;
        csv += "\"" + std::to_string(i + 1) + "\",\"" + lead.first + "\",\"" + lead.last + "\",\"" +
               lead.email + "\",\"" + lead.company + "\",\"" + lead.title + "\",\"" + country[0] + "\",\"" +
               lead.industry + "\",\"" + std::to_string(lead.employees) + "\",\"" + csvDate(lead.createdAt) +
               "\"\r\n";
        files.leads.push_back(std::move(lead));
    }
    files.leadsCsv = folder + QStringLiteral("/leads.csv");
    QFile leadsFile(files.leadsCsv);
    leadsFile.open(QIODevice::WriteOnly);
    leadsFile.write(csv.data(), static_cast<qint64>(csv.size()));
    leadsFile.close();

    csv = "email,type,time,detail\n";
    files.events.reserve(static_cast<size_t>(leadCount * eventsPerLead));
    for (qint64 i = 0; i < leadCount; ++i) {
        // A lead's events lie within its last month; about one lead in five is busy enough to qualify.
        const bool busy = random() % 5 == 0;
        for (int e = 0; e < eventsPerLead; ++e) {
            EventValues event;
            event.lead = i + 1;
            event.type = static_cast<int>(random() % eventTypes.size());
            event.detail =
                busy ? static_cast<int>(random() % 3) : static_cast<int>(random() % details.size());
            event.at = now - static_cast<qint64>(random() % (busy ? 3 * 86400 : 30 * 86400)) - 60;
            files.events.push_back(event);
        }
    }
    // The file lists events by time, as exports do: the leads' rows interleave.
    std::sort(files.events.begin(), files.events.end(),
              [](const EventValues &a, const EventValues &b) { return a.at < b.at; });
    for (const EventValues &event : files.events) {
        csv += files.leads[static_cast<size_t>(event.lead - 1)].email;
        csv += ',';
        csv += eventTypes[static_cast<size_t>(event.type)];
        csv += ',';
        csv += QDateTime::fromSecsSinceEpoch(event.at, QTimeZone::utc()).toString(Qt::ISODate).toStdString();
        csv += ',';
        csv += details[static_cast<size_t>(event.detail)];
        csv += '\n';
    }
    files.eventsCsv = folder + QStringLiteral("/events.csv");
    QFile eventsFile(files.eventsCsv);
    eventsFile.open(QIODevice::WriteOnly);
    eventsFile.write(csv.data(), static_cast<qint64>(csv.size()));
    return files;
}

/// A new Baton file with four SDRs in one pool that takes every lead.
std::unique_ptr<Database> baseFile(const QString &path)
{
    auto db = DatabaseOpener::open(path, DatabaseOpener::Mode::CreateIfMissing);
    if (!db)
        return nullptr;
    UserRepository users(**db);
    RoutingConfig config;
    TeamSettings team;
    team.team = QStringLiteral("Sales");
    team.timeZone = QStringLiteral("America/New_York");
    team.hours = WeeklyHours::allWeek();
    config.teams = {team};
    RoutingPool pool{QStringLiteral("Everyone"), {}};
    qint64 manager = 0;
    for (int i = 0; i < 5; ++i) {
        User user;
        user.login = i == 0 ? QStringLiteral("sally.manager") : QStringLiteral("sdr.%1").arg(i);
        user.name = user.login;
        user.role = i == 0 ? Role::SalesManager : Role::Sdr;
        user.team = team.team;
        auto id = users.insert(user);
        if (!id)
            return nullptr;
        if (i == 0)
            manager = *id;
        else
            pool.members.push_back(PoolMember{user.login, 1, {}, {}});
    }
    config.pools = {pool};
    config.fallbackPool = pool.name;
    const FixedClock clock(benchNow);
    RoutingService routing(**db, clock);
    auto current = routing.load();
    if (!current || !routing.save(config, current->version, manager))
        return nullptr;
    return std::move(db).value();
}

/// Wall and CPU time together: on a shared machine the wall clock also counts the time other
/// programs held the CPU, which the two sides of a ratio, run one after the other, do not share.
class Stopwatch {
public:
    struct Span {
        double wall = 0;
        double cpu = 0;
    };
    Stopwatch()
        : m_cpu(cpuNow())
    {
        m_wall.start();
    }
    Span elapsed() const { return {static_cast<double>(m_wall.nsecsElapsed()) / 1e9, cpuNow() - m_cpu}; }

private:
    static double cpuNow()
    {
        timespec now{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
        return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
    }
    QElapsedTimer m_wall;
    double m_cpu;
};
using Span = Stopwatch::Span;

bool check(int rc, sqlite3 *db, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "raw %s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

/// The raw limit for the leads: each lead's row and its creation in the stage history.
Span rawLeads(Database &db, const std::vector<LeadValues> &leads)
{
    sqlite3 *h = db.handle();
    const LargeWriteCache cache(db);
    const Stopwatch timer;
    sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt *lead = nullptr;
    sqlite3_stmt *change = nullptr;
    sqlite3_prepare_v2(
        h,
        "INSERT INTO leads (name, email, phone, title, seniority, company_name, company_domain, "
        "industry, employees, annual_revenue, country, region, campaign_id, created_at, stage, "
        "owner_id, handoff_at, revisit_on, stage_changed_at, version) VALUES (?1, ?2, NULL, ?3, ?4, "
        "?5, ?6, ?7, ?8, 0, ?9, ?10, NULL, ?11, 'nurture', NULL, NULL, NULL, ?11, 1)",
        -1, &lead, nullptr);
    sqlite3_prepare_v2(
        h,
        "INSERT INTO stage_changes (lead_id, from_stage, to_stage, changed_at) VALUES (?1, NULL, "
        "'nurture', ?2)",
        -1, &change, nullptr);
    std::string name;
    for (const LeadValues &v : leads) {
        name = v.first + ' ' + v.last;
        sqlite3_bind_text(lead, 1, name.data(), static_cast<int>(name.size()), SQLITE_STATIC);
        sqlite3_bind_text(lead, 2, v.email.data(), static_cast<int>(v.email.size()), SQLITE_STATIC);
        sqlite3_bind_text(lead, 3, v.title.data(), static_cast<int>(v.title.size()), SQLITE_STATIC);
        sqlite3_bind_text(lead, 4, v.seniority.data(), static_cast<int>(v.seniority.size()), SQLITE_STATIC);
        sqlite3_bind_text(lead, 5, v.company.data(), static_cast<int>(v.company.size()), SQLITE_STATIC);
        sqlite3_bind_text(lead, 6, v.domain.data(), static_cast<int>(v.domain.size()), SQLITE_STATIC);
        sqlite3_bind_text(lead, 7, v.industry.data(), static_cast<int>(v.industry.size()), SQLITE_STATIC);
        sqlite3_bind_int64(lead, 8, v.employees);
        sqlite3_bind_text(lead, 9, v.country.data(), static_cast<int>(v.country.size()), SQLITE_STATIC);
        sqlite3_bind_text(lead, 10, v.region.data(), static_cast<int>(v.region.size()), SQLITE_STATIC);
        sqlite3_bind_int64(lead, 11, v.createdAt);
        if (!check(sqlite3_step(lead), h, "lead"))
            break;
        sqlite3_reset(lead);
        sqlite3_bind_int64(change, 1, sqlite3_last_insert_rowid(h));
        sqlite3_bind_int64(change, 2, v.createdAt);
        if (!check(sqlite3_step(change), h, "stage change"))
            break;
        sqlite3_reset(change);
    }
    sqlite3_finalize(lead);
    sqlite3_finalize(change);
    check(sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr), h, "commit");
    return timer.elapsed();
}

/// The raw limit for the events: each event's row, with its detail's id, and each lead's latest
/// event time.
Span rawEvents(Database &db, const std::vector<EventValues> &events, qint64 leadCount)
{
    sqlite3 *h = db.handle();
    const LargeWriteCache cache(db);
    const Stopwatch timer;
    sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    std::vector<qint64> detailIds;
    for (const char *detail : details) {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(h, "INSERT INTO event_details (text) VALUES (?1)", -1, &s, nullptr);
        sqlite3_bind_text(s, 1, detail, -1, SQLITE_STATIC);
        check(sqlite3_step(s), h, "detail");
        sqlite3_finalize(s);
        detailIds.push_back(sqlite3_last_insert_rowid(h));
    }
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(
        h,
        "INSERT INTO events (lead_id, type, occurred_at, detail, campaign_id, detail_id) VALUES "
        "(?1, ?2, ?3, ?4, NULL, ?5)",
        -1, &insert, nullptr);
    std::vector<qint64> latest(static_cast<size_t>(leadCount) + 1, 0);
    for (const EventValues &e : events) {
        sqlite3_bind_int64(insert, 1, e.lead);
        sqlite3_bind_text(insert, 2, eventTypes[static_cast<size_t>(e.type)], -1, SQLITE_STATIC);
        sqlite3_bind_int64(insert, 3, e.at);
        sqlite3_bind_text(insert, 4, details[static_cast<size_t>(e.detail)], -1, SQLITE_STATIC);
        sqlite3_bind_int64(insert, 5, detailIds[static_cast<size_t>(e.detail)]);
        if (!check(sqlite3_step(insert), h, "event"))
            break;
        sqlite3_reset(insert);
        latest[static_cast<size_t>(e.lead)] = std::max(latest[static_cast<size_t>(e.lead)], e.at);
    }
    sqlite3_finalize(insert);
    sqlite3_stmt *update = nullptr;
    sqlite3_prepare_v2(h, "UPDATE leads SET last_event_at = ?1 WHERE id = ?2", -1, &update, nullptr);
    for (qint64 id = 1; id <= leadCount; ++id) {
        sqlite3_bind_int64(update, 1, latest[static_cast<size_t>(id)]);
        sqlite3_bind_int64(update, 2, id);
        check(sqlite3_step(update), h, "latest event");
        sqlite3_reset(update);
    }
    sqlite3_finalize(update);
    check(sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr), h, "commit");
    return timer.elapsed();
}

void BM_Import_LeadsAndEvents(benchmark::State &state)
{
    const qint64 leadCount = qEnvironmentVariableIsSet("BATON_BENCH_IMPORT_LEADS")
                                 ? qEnvironmentVariable("BATON_BENCH_IMPORT_LEADS").toLongLong()
                                 : 100'000;
    constexpr int eventsPerLead = 10;
    QTemporaryDir dir;
    const Files files = makeFiles(dir.path(), leadCount, eventsPerLead);
    const FixedClock clock(benchNow);
    for (auto _ : state) {
        const QString rawPath = dir.filePath(QStringLiteral("raw-%1.baton").arg(state.iterations()));
        const QString importPath = dir.filePath(QStringLiteral("import-%1.baton").arg(state.iterations()));
        auto raw = baseFile(rawPath);
        auto imported = baseFile(importPath);
        if (!raw || !imported) {
            state.SkipWithError("cannot make the Baton files");
            return;
        }
        const Span rawLead = rawLeads(*raw, files.leads);
        const Span rawEvent = rawEvents(*raw, files.events, leadCount);

        QFile leadsCsv(files.leadsCsv);
        leadsCsv.open(QIODevice::ReadOnly);
        const Stopwatch leadTimer;
        auto leads = LeadImporter(*imported, clock).run(leadsCsv, ImportPreset::hubspot());
        const Span lead = leadTimer.elapsed();
        QFile eventsCsv(files.eventsCsv);
        eventsCsv.open(QIODevice::ReadOnly);
        const Stopwatch eventTimer;
        auto events = EventImporter(*imported, clock).run(eventsCsv);
        const Span event = eventTimer.elapsed();
        if (!leads || !events) {
            state.SkipWithError((leads ? events.error() : leads.error()).message.toStdString().c_str());
            return;
        }
        const auto leadRows = static_cast<double>(leadCount);
        const auto eventRows = static_cast<double>(files.events.size());
        state.counters["raw_leads_per_s"] = leadRows / rawLead.wall;
        state.counters["import_leads_per_s"] = leadRows / lead.wall;
        state.counters["leads_ratio"] = rawLead.wall / lead.wall;
        state.counters["leads_cpu_ratio"] = rawLead.cpu / lead.cpu;
        state.counters["raw_events_per_s"] = eventRows / rawEvent.wall;
        state.counters["import_events_per_s"] = eventRows / event.wall;
        state.counters["events_ratio"] = rawEvent.wall / event.wall;
        state.counters["events_cpu_ratio"] = rawEvent.cpu / event.cpu;
        state.counters["handed_over"] = static_cast<double>(leads->handedOver + events->handedOver);
        state.counters["routed"] = static_cast<double>(leads->routed + events->routed);
        std::printf("leads:  raw %.0f rows/s (%.2f s), import %.0f rows/s (%.2f s), ratio %.0f%%, "
                    "in CPU time %.0f%% (%.2f s against %.2f s); %lld handed over\n",
                    leadRows / rawLead.wall, rawLead.wall, leadRows / lead.wall, lead.wall,
                    100 * rawLead.wall / lead.wall, 100 * rawLead.cpu / lead.cpu, rawLead.cpu, lead.cpu,
                    static_cast<long long>(leads->handedOver));
        std::printf("events: raw %.0f rows/s (%.2f s), import %.0f rows/s (%.2f s), ratio %.0f%%, "
                    "in CPU time %.0f%% (%.2f s against %.2f s); %lld handed over, %lld routed\n",
                    eventRows / rawEvent.wall, rawEvent.wall, eventRows / event.wall, event.wall,
                    100 * rawEvent.wall / event.wall, 100 * rawEvent.cpu / event.cpu, rawEvent.cpu, event.cpu,
                    static_cast<long long>(events->handedOver), static_cast<long long>(events->routed));
        std::fflush(stdout);
    }
}
BENCHMARK(BM_Import_LeadsAndEvents)->Iterations(1)->Unit(benchmark::kSecond);

} // namespace
} // namespace baton::bench
