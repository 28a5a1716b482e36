#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace ordo {

class Database;

// Where backups go and how many are kept. Per PC (the desktop keeps it in QSettings, the CLI takes
// --to): an empty folder means a "backups" folder beside the database.
struct BackupPreferences
{
    QString folder;
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

// What a backup holds, read through a read-only connection for the restore preview and the list.
struct BackupInfo
{
    QString path;
    QDateTime takenAt;  // local time from the file name; invalid when the name does not say
    QString reason;     // "" for a daily or manual backup, "pre-migration-v5" before an upgrade
    int schemaVersion = 0;
    qint64 orders = 0;
    qint64 customers = 0;
    qint64 invoices = 0;
    QString lastInvoiceNumber;  // the invoice issued last; empty when none was ever issued
};

// Backups of an Ordo database and their restore, always through SQLite: the live database (and its
// -wal and -shm) is never opened, copied or read as a plain file, because closing any descriptor of
// it would drop SQLite's POSIX locks for the whole process. A backup file is handled as a file
// (renamed, removed) only while no connection to it is open.
//
// A backup is `<database name>-YYYY-MM-DD-HHMMSS[-reason].sqlite`: VACUUM INTO a temporary name in
// the folder (a consistent snapshot even while other processes write), verified through a separate
// read-only connection (integrity_check, an Ordo meta table), then renamed to its final name.
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Backup)

public:
    // The preferences used by automatic backups (daily, before a migration) in this process.
    static BackupPreferences preferences();
    static void setPreferences(const BackupPreferences &preferences);
    // The folder for backups of the database at `databasePath` under `preferences`.
    static QString folderFor(const QString &databasePath, const BackupPreferences &preferences = Backup::preferences());
    static QString defaultFolder(const QString &databasePath);

    // Takes, verifies and names a backup of `db` in `folder` (created when missing); returns its path.
    // A successful backup prunes the older ones of the same database by the retention counts.
    static Result<QString> take(Database &db, const QString &folder, const QString &reason = {},
                                const BackupPreferences &retention = Backup::preferences());
    // On an office server: `pg_dump` in its custom format to `<database>-YYYY-MM-DD-HHMMSS.dump`,
    // verified by `pg_restore --list`, then pruned by the same retention.
    static Result<QString> takeServer(Database &db, const QString &folder, const QString &reason,
                                      const BackupPreferences &retention);
    // `pg_restore` of such a dump into a new, empty database on a server (never over an existing one).
    static Result<void> restoreServer(const QString &dumpFile, const QString &targetAddress);
    static Result<void> verifyDump(const QString &file);
    // A backup of the database before its upgrade from `fromVersion`; never pruned the same day.
    static Result<QString> beforeMigration(Database &db, int fromVersion);
    // The desktop's backup at start: at most one a day per database and folder. Returns the new
    // backup's path, or nothing when today's backup already exists.
    static Result<std::optional<QString>> maybeDailyBackup(Database &db, const BackupPreferences &preferences = Backup::preferences());

    // Integrity check and Ordo meta table, through a read-only connection.
    static Result<void> verify(const QString &file);
    static Result<BackupInfo> preview(const QString &file);

    // Backups in `folder`, newest first; only those of `databaseName` (file base name) when given.
    static QStringList list(const QString &folder, const QString &databaseName = {});
    // The newest backup of the database at `databasePath`, or empty.
    static QString newest(const QString &databasePath, const BackupPreferences &preferences = Backup::preferences());

    // Of these backup file names (one database), those the retention counts let go. Pure.
    static QStringList toPrune(const QStringList &fileNames, const BackupPreferences &retention);
    // Removes what toPrune() lets go in `folder` for `databaseName`; returns how many were removed.
    static Result<int> prune(const QString &folder, const QString &databaseName, const BackupPreferences &retention);

    // Puts the content of `backupFile` into the database at `target`. A missing target is created
    // (VACUUM INTO from the backup). An existing one is refused unless `replace`; then it is first kept
    // aside (VACUUM INTO `<name>.before-restore-<timestamp>.sqlite`) and the backup's content is copied
    // into it through SQLite's online backup API, so that other processes holding it stay safe.
    // Returns the path of the copy kept aside (empty when the target did not exist).
    static Result<QString> restore(const QString &backupFile, const QString &target, bool replace);

    // The state of a database file, read without opening it as a file (only through SQLite). Damaged:
    // SQLite reads it as a database but finds it corrupt; a file that is no database at all is NotOrdo.
    // Damaged: SQLite says the file is corrupt. Unreadable: it could not be looked at now (busy,
    // permissions): never treated as damaged, so never renamed.
    enum class FileState { Missing, Sound, Damaged, NotOrdo, Unreadable };
    static FileState inspect(const QString &path);
    // Renames a damaged database (with its -wal and -shm) aside with a timestamp; never overwrites.
    // Only while no connection to it is open in this process. Returns the new name.
    static Result<QString> setAsideDamaged(const QString &path);

    // Parses a backup name: its time and reason. Empty optional when it is not a backup's name.
    struct Name
    {
        QString database;
        QDateTime takenAt;
        QString reason;
        int sequence = 1;  // 2, 3... for later backups taken within the same second
        bool newerThan(const Name &other) const
        {
            return takenAt != other.takenAt ? takenAt > other.takenAt : sequence > other.sequence;
        }
    };
    static std::optional<Name> parseName(const QString &fileName);
    static QString fileName(const QString &databaseName, const QDateTime &takenAt, const QString &reason = {});
};

} // namespace ordo
