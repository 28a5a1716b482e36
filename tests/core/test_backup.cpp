#include "core/common/Clock.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"

#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <thread>

using namespace ordo;
using namespace ordo::test;

namespace {


// Every value of the first column, read through a read-only connection of our own.
QSet<qint64> readOnlyColumn(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK);
    QSet<qint64> values;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        values.insert(sqlite3_column_int64(stmt, 0));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return values;
}

// Restores the process-wide preferences whatever a test sets.
struct PreferencesGuard
{
    explicit PreferencesGuard(const BackupPreferences &p) { Backup::setPreferences(p); }
    ~PreferencesGuard() { Backup::setPreferences(saved); }
    BackupPreferences saved = Backup::preferences();
};

} // namespace

TEST_CASE("a backup taken while another connection writes is sound and holds every acknowledged write", "[backup][sqlite]")
{
    TestDatabase db;
    rawExec(*db, QStringLiteral("CREATE TABLE probe (n INTEGER PRIMARY KEY)"));

    std::atomic<qint64> acknowledged{0};
    std::atomic<bool> stop{false};
    std::atomic<int> failures{0};
    std::thread writer([&] {
        // Its own connection, as another Ordo would have.
        auto own = Database::open(db.path, Database::OpenMode::MustExist);
        if (!own) {
            ++failures;
            return;
        }
        for (qint64 n = 1; !stop.load(); ++n) {
            if ((*own)->run(QStringLiteral("INSERT INTO probe (n) VALUES (?)"), {n}))
                acknowledged.store(n);  // committed (autocommit) before this line
            else
                ++failures;
        }
    });
    while (acknowledged.load() < 200)
        QThread::msleep(1);
    const qint64 before = acknowledged.load();
    auto taken = Backup::take(*db, db.file(QStringLiteral("backups")));
    const qint64 after = acknowledged.load();
    stop = true;
    writer.join();
    INFO((taken ? QString() : taken.error().message).toStdString());
    REQUIRE(taken.ok());
    CHECK(failures.load() == 0);
    CHECK(after > before);  // the writer really went on during the backup

    CHECK(QFileInfo(*taken).fileName().startsWith(QStringLiteral("test-")));
    CHECK(Backup::verify(*taken).ok());
    const QSet<qint64> saved = readOnlyColumn(*taken, "SELECT n FROM probe");
    for (qint64 n = 1; n <= before; ++n) {
        INFO(n);
        REQUIRE(saved.contains(n));
    }
    // No partial file is left in the folder, and the list shows the backup.
    CHECK(QDir(db.file(QStringLiteral("backups"))).entryList(QDir::Files) == QStringList{QFileInfo(*taken).fileName()});
    CHECK(Backup::list(db.file(QStringLiteral("backups"))) == QStringList{*taken});
}

TEST_CASE("the preview of a backup tells its date and what it holds", "[backup][sqlite]")
{
    TestDatabase db;
    addCustomer(*db);
    addCustomer(*db, QStringLiteral("Pedro Gil"));
    Clock::Override at(QDateTime(QDate(2026, 11, 30), QTime(21, 30, 0)));
    auto taken = Backup::take(*db, db.file(QStringLiteral("backups")));
    REQUIRE(taken.ok());
    CHECK(QFileInfo(*taken).fileName() == QStringLiteral("test-2026-11-30-213000.sqlite"));
    auto info = Backup::preview(*taken);
    INFO((info ? QString() : info.error().message).toStdString());
    REQUIRE(info.ok());
    CHECK(info->takenAt == QDateTime(QDate(2026, 11, 30), QTime(21, 30, 0)));
    CHECK(info->customers == 2);
    CHECK(info->orders == 0);
    CHECK(info->invoices == 0);
    CHECK(info->lastInvoiceNumber.isEmpty());
    CHECK(info->schemaVersion == Database::CurrentSchemaVersion);

    // A second backup within the same second gets a name of its own.
    auto again = Backup::take(*db, db.file(QStringLiteral("backups")), {}, BackupPreferences{{}, 7, 4, 12});
    REQUIRE(again.ok());
    CHECK(*again != *taken);
    // ...and is the newer one: the day keeps it, never the one before.
    CHECK(Backup::list(db.file(QStringLiteral("backups"))) == QStringList{*again});
    CHECK(Backup::parseName(QStringLiteral("ordo-2026-11-30-213000-pre-migration-v5-3.sqlite"))->reason
          == QStringLiteral("pre-migration-v5"));
    CHECK(Backup::parseName(QStringLiteral("ordo-2026-11-30-213000-pre-migration-v5-3.sqlite"))->sequence == 3);
    CHECK(Backup::parseName(QStringLiteral("ordo-2026-11-30-213000-pre-migration-v5.sqlite"))->sequence == 1);
}

TEST_CASE("retention keeps 7 daily, 4 weekly and 12 monthly backups, and today's pre-migration one", "[backup]")
{
    QStringList names;
    for (QDate d(2026, 1, 1); d <= QDate(2026, 11, 30); d = d.addDays(1))
        names << Backup::fileName(QStringLiteral("ordo"), QDateTime(d, QTime(21, 30, 0)));
    const QString morning = QStringLiteral("ordo-2026-11-30-090000.sqlite");
    const QString preMigration = QStringLiteral("ordo-2026-11-30-080000-pre-migration-v5.sqlite");
    const QString oldPreMigration = QStringLiteral("ordo-2026-11-01-080000-pre-migration-v4.sqlite");
    names << morning << preMigration << oldPreMigration;

    const QStringList pruned = Backup::toPrune(names, BackupPreferences{});
    QSet<QString> kept(names.begin(), names.end());
    for (const QString &p : pruned)
        kept.remove(p);

    QSet<QString> expected;
    for (int day = 24; day <= 30; ++day)  // daily
        expected << Backup::fileName(QStringLiteral("ordo"), QDateTime(QDate(2026, 11, day), QTime(21, 30, 0)));
    for (int day : {22, 15})  // weekly: Sundays closing weeks 47 and 46 (weeks 49 and 48 already kept)
        expected << Backup::fileName(QStringLiteral("ordo"), QDateTime(QDate(2026, 11, day), QTime(21, 30, 0)));
    for (int month = 1; month <= 10; ++month) {  // monthly: the last of each month
        const QDate last = QDate(2026, month, 1).addMonths(1).addDays(-1);
        expected << Backup::fileName(QStringLiteral("ordo"), QDateTime(last, QTime(21, 30, 0)));
    }
    expected << preMigration;
    CHECK(kept == expected);
    CHECK(pruned.contains(morning));
    CHECK(pruned.contains(oldPreMigration));

    // Other counts, on files in a folder: only that database's backups are touched.
    QTemporaryDir dir;
    for (const QString &n : names + QStringList{QStringLiteral("other-2020-01-01-000000.sqlite")}) {
        QFile f(dir.filePath(n));
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    auto removed = Backup::prune(dir.path(), QStringLiteral("ordo"), BackupPreferences{{}, 2, 0, 0});
    REQUIRE(removed.ok());
    CHECK(*removed == names.size() - 3);  // two days, and today's pre-migration backup
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 4);
}

TEST_CASE("the daily backup is taken once a day", "[backup][sqlite]")
{
    TestDatabase db;
    const BackupPreferences prefs{db.file(QStringLiteral("elsewhere")), 7, 4, 12};
    {
        Clock::Override at(QDateTime(QDate(2026, 11, 30), QTime(8, 0, 0)));
        auto first = Backup::maybeDailyBackup(*db, prefs);
        REQUIRE(first.ok());
        REQUIRE(first->has_value());
        CHECK(QFileInfo(**first).absolutePath() == QFileInfo(db.file(QStringLiteral("elsewhere"))).absoluteFilePath());
    }
    {
        Clock::Override at(QDateTime(QDate(2026, 11, 30), QTime(17, 0, 0)));
        auto second = Backup::maybeDailyBackup(*db, prefs);
        REQUIRE(second.ok());
        CHECK_FALSE(second->has_value());
    }
    {
        Clock::Override at(QDateTime(QDate(2026, 12, 1), QTime(8, 0, 0)));
        auto next = Backup::maybeDailyBackup(*db, prefs);
        REQUIRE(next.ok());
        CHECK(next->has_value());
    }
    CHECK(Backup::list(prefs.folder).size() == 2);
    CHECK_FALSE(QFileInfo::exists(Backup::defaultFolder(db.path)));
}

TEST_CASE("restore refuses to overwrite without replace, and keeps the current database aside with it", "[backup][sqlite]")
{
    TestDatabase db;
    addCustomer(*db);
    auto taken = Backup::take(*db, db.file(QStringLiteral("backups")));
    REQUIRE(taken.ok());
    addCustomer(*db, QStringLiteral("After the backup"));
    REQUIRE(rawCount(*db, QStringLiteral("SELECT count(*) FROM customers")) == 2);

    auto refused = Backup::restore(*taken, db.path, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM customers")) == 2);

    // Restored while this connection holds the database open: it sees the backup's content.
    const qint64 customersCounter = rawCount(*db, QStringLiteral("SELECT n FROM change_counters WHERE name = 'customers'"));
    auto restored = Backup::restore(*taken, db.path, true);
    INFO((restored ? QString() : restored.error().message).toStdString());
    REQUIRE(restored.ok());
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM customers")) == 1);
    // The change counters moved forward past every number seen before, not back to the backup's:
    // programs that keep lists while a counter is unchanged read them again.
    CHECK(rawCount(*db, QStringLiteral("SELECT n FROM change_counters WHERE name = 'customers'")) > customersCounter);
    REQUIRE(QFileInfo::exists(*restored));
    CHECK(QFileInfo(*restored).fileName().startsWith(QStringLiteral("test.before-restore-")));
    CHECK(readOnlyColumn(*restored, "SELECT count(*) FROM customers") == QSet<qint64>{2});
    // The live database is still a sound WAL database Ordo can write to.
    addCustomer(*db, QStringLiteral("After the restore"));
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM customers")) == 2);
    CHECK(Backup::verify(db.path).ok());

    // A new file: created from the backup, without Database::open.
    const QString fresh = db.file(QStringLiteral("fresh.sqlite"));
    auto created = Backup::restore(*taken, fresh, false);
    REQUIRE(created.ok());
    CHECK(created->isEmpty());
    auto reopened = Database::open(fresh, Database::OpenMode::MustExist);
    REQUIRE(reopened.ok());
    CHECK(rawCount(**reopened, QStringLiteral("SELECT count(*) FROM customers")) == 1);

    // Something that is not a backup of Ordo is refused before anything is touched.
    auto notOrdo = Backup::restore(db.file(QStringLiteral("missing.sqlite")), fresh, true);
    CHECK_FALSE(notOrdo.ok());
}

TEST_CASE("upgrading an old database takes a pre-migration backup first, and refuses to upgrade without one", "[backup][migrations]")
{
    const QString fixture = QDir(QStringLiteral(ORDO_FIXTURES_DIR)).filePath(QStringLiteral("schema-v5.sql"));
    QTemporaryDir dir;
    {
        // The backup folder cannot be created (a file stands where it should be): no upgrade.
        const QString path = dir.filePath(QStringLiteral("blocked.sqlite"));
        loadSql(fixture, path);
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        PreferencesGuard guard(BackupPreferences{dir.filePath(QStringLiteral("not-a-folder/backups")), 7, 4, 12});
        auto refused = Database::open(path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("not upgraded")));
        CHECK(readOnlyColumn(path, "SELECT value FROM meta WHERE key = 'schema_version'") == QSet<qint64>{5});
    }
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    loadSql(fixture, path);
    const qint64 orders = *readOnlyColumn(path, "SELECT count(*) FROM work_orders").begin();
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Database::CurrentSchemaVersion);
    const QStringList backups = Backup::list(Backup::defaultFolder(path), QStringLiteral("old"));
    REQUIRE(backups.size() == 1);
    CHECK(QFileInfo(backups.first()).fileName().endsWith(QStringLiteral("-pre-migration-v5.sqlite")));
    auto info = Backup::preview(backups.first());
    REQUIRE(info.ok());
    CHECK(info->schemaVersion == 5);
    CHECK(info->orders == orders);
    CHECK(info->reason == QStringLiteral("pre-migration-v5"));
    CHECK_FALSE(info->lastInvoiceNumber.isEmpty());

    // Opened again: nothing to upgrade, no new backup.
    db->reset();
    REQUIRE(Database::open(path).ok());
    CHECK(Backup::list(Backup::defaultFolder(path)).size() == 1);
}

TEST_CASE("a damaged database is recognised and set aside with its journal, never overwritten", "[backup][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ordo.sqlite"));
    CHECK(Backup::inspect(path) == Backup::FileState::Missing);
    {
        // An Ordo database, closed, then with pages in the middle overwritten (no connection open).
        TestDatabase source;
        addCustomer(*source);
        for (int i = 0; i < 200; ++i)
            addCustomer(*source, QStringLiteral("Customer %1 with a long enough name to fill pages").arg(i));
        REQUIRE(Backup::restore(*Backup::take(*source, dir.filePath(QStringLiteral("b"))), path, false).ok());
    }
    CHECK(Backup::inspect(path) == Backup::FileState::Sound);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(4096 * 3));
        f.write(QByteArray(4096 * 4, 'x'));
    }
    {
        QFile wal(path + QStringLiteral("-wal"));
        REQUIRE(wal.open(QIODevice::WriteOnly));
    }
    CHECK(Backup::inspect(path) == Backup::FileState::Damaged);
    auto aside = Backup::setAsideDamaged(path);
    REQUIRE(aside.ok());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(QFileInfo::exists(*aside));
    CHECK(QFileInfo::exists(*aside + QStringLiteral("-wal")));

    TestDatabase sound;
    CHECK(Backup::inspect(sound.path) == Backup::FileState::Sound);
    // A file that is no database at all is not Ordo's to set aside.
    const QString sheet = dir.filePath(QStringLiteral("clientes.xlsx"));
    QFile f(sheet);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    CHECK(Backup::inspect(sheet) == Backup::FileState::NotOrdo);
}
