#include "storage/DatabaseOpener.h"

#include "storage/FileSystemProbe.h"
#include "storage/Schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace baton {
namespace {

constexpr qsizetype headerSize = 100;
constexpr char sqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes

struct HeaderFacts {
    bool empty = false;     ///< a zero-byte file: a new database to be
    bool truncated = false; ///< shorter than the page count its header vouches for
    qint32 userVersion = 0;
    qint32 applicationId = 0;
    bool wal = false; ///< the file is in WAL mode (header bytes 18 and 19 are 2)
};

Error notADatabase(const QString &path)
{
    return makeError(ErrorKind::NotADatabase,
                     QStringLiteral("%1 is not a Baton file: it is not an SQLite database. It was left "
                                    "unchanged. Choose a Baton file, or give a new file name to create one.")
                         .arg(QDir::toNativeSeparators(path)));
}

Error notABatonFile(const QString &path)
{
    return makeError(ErrorKind::NotABatonFile,
                     QStringLiteral("%1 is an SQLite database, but not one Baton wrote. It was left "
                                    "unchanged. Choose a Baton file, or give a new file name to create one.")
                         .arg(QDir::toNativeSeparators(path)));
}

Error damaged(const QString &path, const QString &why)
{
    return makeError(ErrorKind::Damaged,
                     QStringLiteral("%1 is damaged: %2. It was left unchanged. Open a backup copy instead; "
                                    "SQLite's `sqlite3 FILE .recover` may save what is left of this one.")
                         .arg(QDir::toNativeSeparators(path), why));
}

Error locked(const QString &path, std::chrono::milliseconds waited)
{
    return makeError(ErrorKind::Busy,
                     QStringLiteral("%1 stayed locked by another program for %2 s, so it was not opened and "
                                    "was left unchanged. A colleague may be importing or saving a large "
                                    "change: try again in a minute. If it keeps happening, ask whoever has "
                                    "the file open to close it.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(static_cast<double>(waited.count()) / 1000.0, 0, 'g', 2));
}

/// A journal beside the file with something in it: a crash may have left the file mid-write and
/// SQLite puts it right from the journal, so the file's own size proves nothing yet.
bool hasJournal(const QString &path)
{
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        const QFileInfo journal(path + suffix);
        if (journal.exists() && journal.size() > 0)
            return true;
    }
    return false;
}

Error newerSchema(const QString &path, qint64 version)
{
    return makeError(ErrorKind::NewerSchema,
                     QStringLiteral("%1 was written by a newer Baton (file format %2; this Baton reads up "
                                    "to %3). It was left unchanged. Update Baton to open it.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(version)
                         .arg(Schema::currentVersion()));
}

/// Reads the SQLite header with plain file I/O, so a file we refuse is never opened by SQLite.
Result<HeaderFacts> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorKind::Io,
            QStringLiteral("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray header = file.read(headerSize);
    HeaderFacts facts;
    if (header.isEmpty() && file.size() == 0) {
        facts.empty = true;
        return facts;
    }
    if (header.size() < headerSize || !header.startsWith(QByteArray(sqliteMagic, sizeof sqliteMagic)))
        return notADatabase(path);
    facts.userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    facts.applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    facts.wal = header.at(18) == 2 || header.at(19) == 2;
    // The header's page count is valid when its change counter matches "version valid for" (SQLite
    // file format, section 1.3.7). A file shorter than that lost its end: a copy that did not finish.
    const quint32 pageSizeField = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65'536 : pageSizeField;
    const quint32 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    const bool countValid =
        qFromBigEndian<quint32>(header.constData() + 24) == qFromBigEndian<quint32>(header.constData() + 92);
    facts.truncated = countValid && pageCount > 0 && file.size() < pageSize * pageCount && !hasJournal(path);
    return facts;
}

Result<void> checkIdentity(Database &db, const QString &path)
{
    auto appId = db.queryInt("PRAGMA application_id");
    if (!appId) {
        if (appId.error().kind == ErrorKind::NotADatabase)
            return notADatabase(path);
        return appId.error();
    }
    auto version = db.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    if (*appId != 0 && *appId != Schema::applicationId)
        return notABatonFile(path);
    if (*appId == 0) {
        // Never stamped by Baton: acceptable only when the database is empty.
        auto objects = db.queryInt("SELECT count(*) FROM sqlite_schema");
        if (!objects)
            return objects.error().kind == ErrorKind::NotADatabase ? notADatabase(path) : objects.error();
        if (*objects > 0 || *version != 0)
            return notABatonFile(path);
    }
    if (*version > Schema::currentVersion())
        return newerSchema(path, *version);
    return {};
}

/// Query plans at scale depend on planner statistics. A file without statistics for its
/// leads (filled by an older build or another tool) gets them once: about 0.15 s per
/// million leads.
Result<void> ensureLeadStatistics(Database &db)
{
    auto hasStatTable = db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'");
    if (!hasStatTable)
        return hasStatTable.error();
    if (*hasStatTable > 0) {
        auto leadStats = db.queryInt("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'leads'");
        if (!leadStats)
            return leadStats.error();
        if (*leadStats > 0)
            return {};
    }
    auto leadCount = db.queryInt("SELECT count(*) FROM (SELECT 1 FROM leads LIMIT 1000)");
    if (!leadCount)
        return leadCount.error();
    if (*leadCount < 1000)
        return {}; // small files plan well without them
    return db.exec("ANALYZE leads");
}

/// Writable for this process and marked writable for someone. A file or folder marked read-only
/// for everyone (0444, 0555) stays read-only for the superuser too, whom access(2) lets write
/// anything.
bool markedWritable(const QString &path)
{
    const QFileInfo info(path);
    constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite) != 0;
}

OpenState::ReadOnlyReason readOnlyReason(DatabaseOpener::Mode mode, const MountInfo &mount, bool exists,
                                         bool fileWritable, bool folderWritable)
{
    if (mount.readOnly)
        return OpenState::ReadOnlyReason::ReadOnlyMount;
    if (exists && !fileWritable)
        return OpenState::ReadOnlyReason::File;
    if (!folderWritable)
        return OpenState::ReadOnlyReason::Folder;
    if (mode == DatabaseOpener::Mode::ReadOnly)
        return OpenState::ReadOnlyReason::Requested;
    return OpenState::ReadOnlyReason::None;
}

Result<QString> journalMode(Database &db)
{
    auto journal = db.prepare("PRAGMA journal_mode");
    if (!journal)
        return journal.error();
    auto row = journal->step();
    if (!row)
        return row.error();
    return *row ? journal->text(0).toLower() : QString();
}

/// WAL on a local disk. On a network share WAL's shared-memory index does not work across
/// machines and memory-mapped I/O is unsafe, so, as SQLite's documentation advises, a rollback
/// journal and no memory mapping; a file left in WAL mode is switched back.
Result<void> chooseJournal(Database &db, const MountInfo &mount)
{
    if (!mount.isNetwork())
        return db.exec("PRAGMA journal_mode = WAL");
    BATON_TRY(db.exec("PRAGMA mmap_size = 0"));
    return db.exec("PRAGMA journal_mode = DELETE");
}

/// What the path and the file's header say before SQLite opens it: a refusal in Baton's words
/// when the file cannot be a Baton file this version may open.
Result<HeaderFacts> inspect(const QString &path, DatabaseOpener::Mode mode)
{
    using Mode = DatabaseOpener::Mode;
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir()) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("%1 is a folder. Give the path of a Baton file.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    if (!exists && mode != Mode::CreateIfMissing) {
        return makeError(ErrorKind::NotFound,
                         QStringLiteral("There is no file at %1. Check the path, or run `batonctl --db "
                                        "%1 init` to create one.")
                             .arg(QDir::toNativeSeparators(path)));
    }

    HeaderFacts facts;
    facts.empty = true;
    if (exists) {
        auto header = readHeader(path);
        if (!header)
            return header.error();
        facts = *header;
        if (facts.truncated)
            return damaged(path, QStringLiteral("it is shorter than its own header says, so its end is "
                                                "missing (a copy or download that did not finish)"));
        if (!facts.empty) {
            if (facts.applicationId != 0 && facts.applicationId != Schema::applicationId)
                return notABatonFile(path);
            if (facts.applicationId == Schema::applicationId && facts.userVersion > Schema::currentVersion())
                return newerSchema(path, facts.userVersion);
        }
    }
    return facts;
}

Result<std::unique_ptr<Database>> openFile(const QString &path, DatabaseOpener::Mode mode,
                                           const HeaderFacts &facts, std::chrono::milliseconds busyLimit)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    const MountInfo mount = FileSystemProbe::probe(info.absolutePath());
    const bool fileWritable = !exists || markedWritable(path);
    const bool folderWritable = !mount.readOnly && markedWritable(info.absolutePath());
    OpenState state;
    state.mount = mount;
    state.memoryMapped = !mount.isNetwork();
    state.readOnly = readOnlyReason(mode, mount, exists, fileWritable, folderWritable);
    const bool readOnly = state.readOnly != OpenState::ReadOnlyReason::None;
    if (!exists && !folderWritable) {
        return makeError(ErrorKind::ReadOnly,
                         QStringLiteral("Cannot create %1: the folder is read-only. Choose a folder you "
                                        "may write to.")
                             .arg(QDir::toNativeSeparators(path)));
    }

    // SQLite reads a WAL file through its -shm index, which it cannot make in a read-only folder:
    // without one there, the file is read as it stands, without locks.
    const bool immutable =
        readOnly && facts.wal && !folderWritable && !QFile::exists(path + QStringLiteral("-shm"));
    auto opened = Database::openRaw(path, readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite,
                                    !exists, immutable);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();

    BATON_TRY(db->exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyLimit.count()).toStdString()));
    if (!facts.empty)
        BATON_TRY(checkIdentity(*db, path));

    auto version = db->queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    if (readOnly) {
        if (*version < Schema::currentVersion()) {
            if (state.readOnly == OpenState::ReadOnlyReason::Requested) {
                return makeError(
                    ErrorKind::ReadOnly,
                    QStringLiteral(
                        "%1 is in file format %2, which this Baton upgrades to format %3 when it "
                        "opens the file for writing; this command only reads, so it left the file as "
                        "it is. Open the file in Baton (or run a batonctl command that changes it) "
                        "once, then try again.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(*version)
                        .arg(Schema::currentVersion()));
            }
            return makeError(ErrorKind::ReadOnly,
                             QStringLiteral("%1 needs upgrading to this Baton's file format, but it is "
                                            "read-only. Open it once with write access, or ask its owner to.")
                                 .arg(QDir::toNativeSeparators(path)));
        }
        BATON_TRY(db->exec("PRAGMA query_only = ON"));
        BATON_TRY(db->exec("PRAGMA foreign_keys = ON"));
        if (mount.isNetwork())
            BATON_TRY(db->exec("PRAGMA mmap_size = 0"));
        auto journal = journalMode(*db);
        if (!journal)
            return journal.error();
        state.journalMode = *journal;
        db->setOpenState(std::move(state));
        return db;
    }

    BATON_TRY(db->exec("PRAGMA foreign_keys = ON"));
    // A write touches a lead's row and each of its indexes, pages spread over a large file: with
    // SQLite's 2 MB default a batch of handoffs reads most of them again from the OS. 32 MB holds
    // a batch's working set; it is only taken as pages are used.
    BATON_TRY(db->exec("PRAGMA cache_size = -32768"));
    BATON_TRY(chooseJournal(*db, mount));
    // NORMAL is safe with WAL; a rollback journal needs FULL to survive a power cut.
    BATON_TRY(db->exec(mount.isNetwork() ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL"));
    BATON_TRY(Schema::migrate(*db));
    BATON_TRY(ensureLeadStatistics(*db));
    auto journal = journalMode(*db);
    if (!journal)
        return journal.error();
    state.journalMode = *journal;
    db->setOpenState(std::move(state));
    return db;
}

} // namespace

Result<std::unique_ptr<Database>> DatabaseOpener::open(const QString &path, Mode mode,
                                                       std::chrono::milliseconds busyLimit)
{
    QElapsedTimer timer;
    timer.start();
    auto facts = inspect(path, mode);
    if (!facts)
        return facts.error();
    auto opened = openFile(path, mode, *facts, busyLimit);
    if (opened)
        return opened;
    const Error &error = opened.error();
    // SQLite's own words for these are about its internals ("database is locked (PRAGMA ...)").
    if (error.kind == ErrorKind::Busy)
        return locked(path, std::chrono::milliseconds(timer.elapsed()));
    if (error.kind == ErrorKind::Damaged)
        return damaged(path, QStringLiteral("SQLite found it corrupt (%1)").arg(error.message));
    return opened;
}

} // namespace baton
