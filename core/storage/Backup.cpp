#include "core/storage/Backup.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/SqliteHandle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace ordo {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QMutex preferencesMutex;
BackupPreferences &currentPreferences()
{
    static BackupPreferences preferences;
    return preferences;
}

constexpr auto ReadOnly = SqliteConnection::Mode::ReadOnly;
constexpr auto ReadWrite = SqliteConnection::Mode::ReadWrite;

// A read-only look: integrity and the Ordo meta table. Returns the schema version.
Result<int> checkOrdo(const SqliteConnection &c, const QString &path)
{
    if (!c.ok())
        return c.error();
    const auto integrity = c.column(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return c.error();
    if (integrity->value(0) != QLatin1String("ok"))
        return makeError(ErrorCode::Damaged, Backup::tr("%1 is damaged: %2")
                                                 .arg(shown(path), integrity->mid(0, 3).join(QStringLiteral("; "))));
    const auto app = c.column(QStringLiteral("SELECT value FROM meta WHERE key = 'application'"));
    if (!app || app->value(0) != QLatin1String("ordo"))
        return makeError(ErrorCode::NotOrdoDatabase, Backup::tr("%1 is not an Ordo database.").arg(shown(path)));
    const auto version = c.column(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    return version ? version->value(0).toInt() : 0;
}

const QRegularExpression &namePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(.+)-(\d{4}-\d{2}-\d{2})-(\d{6})(?:-([a-z0-9][a-z0-9-]*))?\.(?:sqlite|dump)$)"));
    return re;
}

QString stamp(const QDateTime &local)
{
    return local.toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
}

bool isPreMigration(const QString &reason)
{
    return reason.startsWith(QLatin1String("pre-migration"));
}

} // namespace

BackupPreferences Backup::preferences()
{
    QMutexLocker lock(&preferencesMutex);
    return currentPreferences();
}

void Backup::setPreferences(const BackupPreferences &preferences)
{
    QMutexLocker lock(&preferencesMutex);
    currentPreferences() = preferences;
}

QString Backup::defaultFolder(const QString &databasePath)
{
    // An office server's database has no folder: its backups go to this user's data folder.
    if (Database::isServer(databasePath))
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Backup::folderFor(const QString &databasePath, const BackupPreferences &preferences)
{
    return preferences.folder.trimmed().isEmpty() ? defaultFolder(databasePath) : preferences.folder;
}

QString Backup::fileName(const QString &databaseName, const QDateTime &takenAt, const QString &reason)
{
    QString name = databaseName + QLatin1Char('-') + stamp(takenAt.toLocalTime());
    if (!reason.isEmpty())
        name += QLatin1Char('-') + reason;
    return name + QStringLiteral(".sqlite");
}

std::optional<Backup::Name> Backup::parseName(const QString &fileName)
{
    const auto m = namePattern().match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(m.captured(2), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(m.captured(3), QStringLiteral("HHmmss"));
    if (!day.isValid() || !time.isValid())
        return std::nullopt;
    QString reason = m.captured(4);
    int sequence = 1;
    static const QRegularExpression counter(QStringLiteral(R"((?:^|-)(\d+)$)"));
    if (const auto c = counter.match(reason); c.hasMatch() && !reason.startsWith(QLatin1String("pre-migration-v"))) {
        sequence = c.captured(1).toInt();  // a later backup within the same second
        reason.chop(c.capturedLength());
    } else if (const auto c2 = QRegularExpression(QStringLiteral(R"(^(pre-migration-v\d+)-(\d+)$)")).match(reason); c2.hasMatch()) {
        reason = c2.captured(1);
        sequence = c2.captured(2).toInt();
    }
    return Name{m.captured(1), QDateTime(day, time), reason, sequence};
}

Result<QString> Backup::take(Database &db, const QString &folder, const QString &reason, const BackupPreferences &retention)
{
    if (db.dialect() == Database::Dialect::PostgreSQL)
        return takeServer(db, folder, reason, retention);
    if (db.inTransaction())
        return makeError(ErrorCode::Invalid, tr("A backup cannot be taken in the middle of saving."));
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, tr("The backup folder %1 could not be created.").arg(shown(folder)));
    const QDir dir(folder);
    const QString base = QFileInfo(db.path()).completeBaseName();
    const QDateTime now = Clock::now().toLocalTime();
    QString finalPath = dir.filePath(fileName(base, now, reason));
    for (int i = 2; QFileInfo::exists(finalPath); ++i)
        finalPath = dir.filePath(fileName(base, now, reason.isEmpty() ? QString::number(i) : reason + QLatin1Char('-') + QString::number(i)));
    const QString partial = finalPath + QStringLiteral(".partial");
    QFile::remove(partial);  // a leftover of an interrupted backup: never a live database

    // VACUUM INTO reads one consistent snapshot of the live database, through its own connection.
    if (auto r = db.run(QStringLiteral("VACUUM INTO ?"), {partial}); !r) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, tr("The backup to %1 failed: %2").arg(shown(folder), r.error().message));
    }
    if (auto r = verify(partial); !r) {
        QFile::remove(partial);
        return makeError(r.error().code, tr("The backup was written but did not verify, so it was removed: %1")
                                             .arg(r.error().message));
    }
    if (!QFile::rename(partial, finalPath)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, tr("The backup could not be named %1.").arg(shown(finalPath)));
    }
    if (auto pruned = prune(folder, base, retention); !pruned)
        qWarning("%s", qPrintable(pruned.error().message));
    return finalPath;
}

Result<QString> Backup::beforeMigration(Database &db, int fromVersion)
{
    return take(db, folderFor(db.path()), QStringLiteral("pre-migration-v%1").arg(fromVersion));
}

Result<std::optional<QString>> Backup::maybeDailyBackup(Database &db, const BackupPreferences &preferences)
{
    const QString folder = folderFor(db.path(), preferences);
    const QDate today = Clock::now().toLocalTime().date();
    for (const QString &file : list(folder, QFileInfo(db.path()).completeBaseName())) {
        const auto name = parseName(QFileInfo(file).fileName());
        if (name && name->takenAt.date() == today && !isPreMigration(name->reason))
            return std::optional<QString>();
    }
    auto taken = take(db, folder, {}, preferences);
    if (!taken)
        return taken.error();
    return std::optional<QString>(*taken);
}

Result<void> Backup::verify(const QString &file)
{
    if (file.endsWith(QLatin1String(".dump")) || file.endsWith(QLatin1String(".dump.partial")))
        return verifyDump(file);
    const SqliteConnection c(file, ReadOnly);
    if (auto r = checkOrdo(c, file); !r)
        return r.error();
    return {};
}

Result<BackupInfo> Backup::preview(const QString &file)
{
    if (!QFileInfo(file).isFile())
        return makeError(ErrorCode::NotFound, tr("There is no backup at %1.").arg(shown(file)));
    BackupInfo info;
    info.path = QFileInfo(file).absoluteFilePath();
    if (const auto name = parseName(QFileInfo(file).fileName())) {
        info.takenAt = name->takenAt;
        info.reason = name->reason;
    }
    if (file.endsWith(QLatin1String(".dump"))) {
        // A server's dump: what it holds is known once restored; here, that it reads.
        if (auto r = verifyDump(file); !r)
            return r.error();
        return info;
    }
    const SqliteConnection c(file, ReadOnly);
    if (!c.ok())
        return c.error();
    const auto app = c.column(QStringLiteral("SELECT value FROM meta WHERE key = 'application'"));
    if (!app || app->value(0) != QLatin1String("ordo"))
        return makeError(ErrorCode::NotOrdoDatabase, tr("%1 is not an Ordo database.").arg(shown(file)));
    info.schemaVersion = c.column(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
                             .value_or(QStringList()).value(0).toInt();
    const auto tables = c.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")).value_or(QStringList());
    auto count = [&](const QString &table) -> qint64 {
        if (!tables.contains(table))
            return 0;
        return c.column(QStringLiteral("SELECT count(*) FROM %1").arg(table)).value_or(QStringList()).value(0).toLongLong();
    };
    info.orders = count(QStringLiteral("work_orders"));
    info.customers = count(QStringLiteral("customers"));
    info.invoices = count(QStringLiteral("invoices"));
    if (tables.contains(QStringLiteral("invoices")))
        info.lastInvoiceNumber = c.column(QStringLiteral("SELECT number FROM invoices WHERE number IS NOT NULL "
                                                         "ORDER BY issued_at DESC, id DESC LIMIT 1"))
                                     .value_or(QStringList())
                                     .value(0);
    return info;
}

QStringList Backup::list(const QString &folder, const QString &databaseName)
{
    const QDir dir(folder);
    std::vector<std::pair<Name, QString>> found;
    for (const QString &file : dir.entryList({QStringLiteral("*.sqlite"), QStringLiteral("*.dump")}, QDir::Files)) {
        const auto name = parseName(file);
        if (!name || (!databaseName.isEmpty() && name->database != databaseName))
            continue;
        found.emplace_back(*name, dir.absoluteFilePath(file));
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first.newerThan(b.first) || (!b.first.newerThan(a.first) && a.second > b.second);
    });
    QStringList paths;
    for (const auto &f : found)
        paths << f.second;
    return paths;
}

QString Backup::newest(const QString &databasePath, const BackupPreferences &preferences)
{
    return list(folderFor(databasePath, preferences), QFileInfo(databasePath).completeBaseName()).value(0);
}

QStringList Backup::toPrune(const QStringList &fileNames, const BackupPreferences &retention)
{
    struct Entry
    {
        QString file;
        Name name;
    };
    std::vector<Entry> entries;
    for (const QString &file : fileNames) {
        if (auto name = parseName(QFileInfo(file).fileName()))
            entries.push_back({file, *name});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.name.newerThan(b.name) || (!b.name.newerThan(a.name) && a.file > b.file);
    });
    // Grandfather-father-son: newest first, the first backup met in a day (week, month) stands for
    // it, for the most recent `daily` days (`weekly` ISO weeks, `monthly` months) that have one.
    QSet<QString> keep;
    QSet<QDate> keptDays;
    auto pick = [&](int count, auto keyOf) {
        QSet<QString> periods;
        for (const Entry &e : entries) {
            const QString key = keyOf(e.name.takenAt.date());
            if (periods.contains(key))
                continue;
            if (periods.size() >= count)
                break;
            periods.insert(key);
            keep.insert(e.file);
        }
        return periods;
    };
    const QSet<QString> days = pick(retention.daily, [](const QDate &d) { return d.toString(Qt::ISODate); });
    pick(retention.weekly, [](const QDate &d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week);
    });
    pick(retention.monthly, [](const QDate &d) { return d.toString(QStringLiteral("yyyy-MM")); });
    // A backup taken before an upgrade is kept for as long as its day is kept: the daily rotation
    // never removes it in favour of a later backup of the same day.
    for (const Entry &e : entries) {
        if (isPreMigration(e.name.reason) && days.contains(e.name.takenAt.date().toString(Qt::ISODate)))
            keep.insert(e.file);
    }
    QStringList prune;
    for (const Entry &e : entries) {
        if (!keep.contains(e.file))
            prune << e.file;
    }
    return prune;
}

Result<int> Backup::prune(const QString &folder, const QString &databaseName, const BackupPreferences &retention)
{
    // Backup files are removed as files: no connection to them is open (take() closed its own).
    int removed = 0;
    for (const QString &file : toPrune(list(folder, databaseName), retention)) {
        if (!QFile::remove(file))
            return makeError(ErrorCode::Io, tr("The old backup %1 could not be removed.").arg(shown(file)));
        ++removed;
    }
    return removed;
}

Result<QString> Backup::restore(const QString &backupFile, const QString &target, bool replace)
{
    if (target.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say where to restore the backup."));
    if (backupFile.endsWith(QLatin1String(".dump")) || Database::isServer(target)) {
        if (!Database::isServer(target) || !backupFile.endsWith(QLatin1String(".dump")))
            return makeError(ErrorCode::Invalid, tr("A server's backup (.dump) is restored into a new database on a "
                                                    "server (postgresql://…), and a file's backup into a file."));
        if (replace)
            return makeError(ErrorCode::Invalid, tr("On a server a backup is restored into a new database, never over the "
                                                    "one in use: create a new database, restore into it, then point the "
                                                    "PCs at it."));
        if (auto r = restoreServer(backupFile, target); !r)
            return r.error();
        return QString();
    }
    if (!QFileInfo(backupFile).isFile())
        return makeError(ErrorCode::NotFound, tr("There is no backup at %1.").arg(shown(backupFile)));
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && targetInfo.absoluteFilePath() == QFileInfo(backupFile).absoluteFilePath())
        return makeError(ErrorCode::Invalid, tr("A backup cannot be restored onto itself."));
    if (auto r = verify(backupFile); !r)
        return makeError(r.error().code, tr("The backup was not restored: %1").arg(r.error().message));

    if (!targetInfo.exists()) {
        if (!targetInfo.absoluteDir().exists())
            return makeError(ErrorCode::Io, tr("The folder %1 does not exist.").arg(shown(targetInfo.absolutePath())));
        const SqliteConnection source(backupFile, ReadOnly);
        if (!source.column(QStringLiteral("VACUUM INTO ?"), target))
            return makeError(ErrorCode::Io, tr("The backup could not be restored to %1: %2").arg(shown(target), source.driverText()));
        return QString();
    }
    if (targetInfo.isDir())
        return makeError(ErrorCode::Io, tr("%1 is a folder, not a database file.").arg(shown(target)));
    if (!replace)
        return makeError(ErrorCode::Conflict, tr("%1 already exists and was left as it was. Restore to a new file, or "
                                                 "replace it (the current one is kept aside first).")
                                                  .arg(shown(target)));

    // Keep the current database aside, through SQLite, before a byte of it changes.
    const QString aside = targetInfo.absoluteDir().filePath(
        QStringLiteral("%1.before-restore-%2.sqlite").arg(targetInfo.completeBaseName(), stamp(Clock::now().toLocalTime())));
    // The highest change counter before the restore: the restored ones are moved past it, so that a
    // process keeping values by counter (Database::kept) never meets a number it saw before.
    qint64 countersBefore = 0;
    {
        const SqliteConnection current(target, ReadOnly);
        if (current.ok())
            if (const auto n = current.column(QStringLiteral("SELECT max(n) FROM change_counters")); n && !n->isEmpty())
                countersBefore = n->first().toLongLong();
        if (!current.ok() || !current.column(QStringLiteral("VACUUM INTO ?"), aside))
            return makeError(ErrorCode::Io, tr("The current database could not be kept aside in %1, so nothing was "
                                               "restored: %2")
                                                .arg(shown(aside), current.driverText()));
    }

    // The online backup API copies page by page under the target's own locks: other processes that
    // hold it open see the old content or the new one, never a mix.
    const SqliteConnection source(backupFile, ReadOnly);
    const SqliteConnection dest(target, ReadWrite);
    if (!source.ok() || !dest.ok())
        return makeError(ErrorCode::Io, tr("The backup could not be restored to %1: %2")
                                            .arg(shown(target), source.ok() ? dest.driverText() : source.driverText()));
    sqlite3_backup *copy = sqlite3_backup_init(dest.handle(), "main", source.handle(), "main");
    if (!copy)
        return makeError(ErrorCode::Storage, tr("The backup could not be restored to %1: %2")
                                                 .arg(shown(target), QString::fromUtf8(sqlite3_errmsg(dest.handle()))));
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(copy, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        QThread::msleep(100);
    }
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Storage, tr("The backup could not be restored to %1 (%2); the database kept aside "
                                                "is %3.")
                                                 .arg(shown(target), QString::fromUtf8(sqlite3_errstr(rc)), shown(aside)));
    if (auto r = checkOrdo(dest, target); !r)
        return makeError(r.error().code, tr("The restored database did not verify: %1. The database kept aside is %2.")
                                             .arg(r.error().message, shown(aside)));
    if (countersBefore > 0 &&
        !dest.exec(QStringLiteral("UPDATE change_counters SET n = n + %1").arg(countersBefore + 1)))
        return makeError(ErrorCode::Storage, tr("The backup was restored to %1, but the other programs that have it open "
                                                "may show old lists until they are restarted: %2")
                                                 .arg(shown(target), dest.driverText()));
    return aside;
}

Backup::FileState Backup::inspect(const QString &path)
{
    if (!QFileInfo::exists(path))
        return FileState::Missing;
    const SqliteConnection c(path, ReadOnly);
    if (!c.ok())
        return FileState::Unreadable;
    auto r = checkOrdo(c, path);
    if (r)
        return FileState::Sound;
    switch (r.error().code) {
    case ErrorCode::NotOrdoDatabase: {
        // An empty file is a database not yet created; a sound file of another program is not damaged.
        const auto tables = c.column(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (tables && tables->value(0).toInt() == 0)
            return FileState::Sound;
        return FileState::NotOrdo;
    }
    case ErrorCode::Damaged:
        return FileState::Damaged;
    default:
        return FileState::Unreadable;  // busy, locked, permissions: not a verdict on the file
    }
}

Result<QString> Backup::setAsideDamaged(const QString &path)
{
    const QFileInfo info(path);
    const QString aside = info.absoluteDir().filePath(
        QStringLiteral("%1.damaged-%2.sqlite").arg(info.completeBaseName(), stamp(Clock::now().toLocalTime())));
    if (QFileInfo::exists(aside))
        return makeError(ErrorCode::Conflict, tr("%1 already exists.").arg(shown(aside)));
    // Never from under another program: a connection of ours that may lock the file exclusively
    // proves nobody else holds it. It neither checkpoints nor removes the journal when it closes.
    {
        SqliteConnection probe(path, ReadWrite);
        if (probe.ok()) {
            probe.leaveFileAsItIs();
            probe.setBusyTimeout(1000);
            (void)probe.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
            if (!probe.exec(QStringLiteral("BEGIN EXCLUSIVE")) && probe.error().code == ErrorCode::Conflict)
                return makeError(ErrorCode::Conflict,
                                 tr("%1 is in use by another program (another Ordo, ordo-cli, the company server). "
                                    "Close them, then try again; the file was left as it was.")
                                     .arg(shown(path)));
            (void)probe.exec(QStringLiteral("ROLLBACK"));
        }
    }
    if (!QFile::rename(path, aside))
        return makeError(ErrorCode::Io, tr("%1 could not be renamed to %2.").arg(shown(path), shown(aside)));
    // Its journal goes with it: a stale -wal beside a restored file would be replayed into it.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString extra = path + QLatin1String(suffix);
        if (QFileInfo::exists(extra))
            QFile::rename(extra, aside + QLatin1String(suffix));
    }
    return aside;
}

} // namespace ordo
