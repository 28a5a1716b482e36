#include "core/storage/Database.h"
#include "core/storage/SqliteHandle.h"
#include "core/usecases/Company.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace ordo;
using namespace ordo::test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

// A SQLite file made by some other program, with Qt's driver directly (not through Ordo).
void makeForeignSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("foreign-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const auto &s : statements)
            REQUIRE(q.exec(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("a new database gets the current schema and the default process map", "[database]")
{
    TestDatabase db;
    CHECK(db->schemaVersion() == Database::CurrentSchemaVersion);
    auto wf = WorkflowRepository(*db).defaultLatest();
    REQUIRE(wf.ok());
    CHECK(wf->version == 1);
    CHECK(wf->steps.size() == 11);
    CHECK(wf->steps.first().name == QStringLiteral("Call received"));
    CHECK(wf->initialStepId == wf->steps.first().id);
    CHECK(wf->stepNamed(QStringLiteral("paid"))->kind == StepKind::Done);
    CHECK(wf->stepNamed(QStringLiteral("On hold"))->kind == StepKind::OnHold);
    CHECK(wf->stepNamed(QStringLiteral("Cancelled"))->kind == StepKind::Cancelled);
}

TEST_CASE("on hold and cancelled are reachable from every open step of the default map", "[database]")
{
    TestDatabase db;
    auto wf = WorkflowRepository(*db).defaultLatest();
    REQUIRE(wf.ok());
    const Step *onHold = wf->stepNamed(QStringLiteral("On hold"));
    const Step *cancelled = wf->stepNamed(QStringLiteral("Cancelled"));
    for (const auto &s : wf->steps) {
        if (s.kind != StepKind::Open)
            continue;
        INFO(s.name.toStdString());
        CHECK(wf->allows(s.id, onHold->id));
        CHECK(wf->allows(s.id, cancelled->id));
    }
    CHECK_FALSE(wf->allows(wf->stepNamed(QStringLiteral("Call received"))->id, wf->stepNamed(QStringLiteral("Paid"))->id));
}

TEST_CASE("the connection runs with foreign keys, write-ahead logging and normal sync", "[database][sqlite]")
{
    TestDatabase db;
    CHECK(rawCount(*db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(rawCount(*db, QStringLiteral("PRAGMA synchronous")) == 1);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    CHECK(rawCount(*db, QStringLiteral("PRAGMA busy_timeout")) >= 1000);
}

TEST_CASE("reopening a database keeps its data and does not migrate it again", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ordo.sqlite"));
    {
        auto db = openCompany(path);
        REQUIRE(db.ok());
        addTeam(**db);
    }
    auto again = Database::open(path);
    REQUIRE(again.ok());
    CHECK((*again)->schemaVersion() == Database::CurrentSchemaVersion);
    CHECK(rawCount(**again, QStringLiteral("SELECT count(*) FROM staff")) == 7);
    CHECK(rawCount(**again, QStringLiteral("SELECT count(*) FROM workflows")) == 1);
}

TEST_CASE("a file that is not a database is refused and left byte for byte as it was", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("presupuestos.xlsx"));
    QByteArray spreadsheet("PK\x03\x04 this is a spreadsheet, not a database");
    spreadsheet.append(QByteArray(4096, 'x'));
    writeFile(path, spreadsheet);
    const QByteArray before = sha256Of(path);

    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::NotOrdoDatabase);
    CHECK(db.error().message.contains(QStringLiteral("not an Ordo database")));
    CHECK(sha256Of(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a SQLite database of another program is refused and left unchanged", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    makeForeignSqlite(path, {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"),
                             QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")});
    const QByteArray before = sha256Of(path);

    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::NotOrdoDatabase);
    CHECK(db.error().message.contains(QStringLiteral("another program")));
    CHECK(sha256Of(path) == before);
}

TEST_CASE("a database written by a newer Ordo is refused, named as such, and not touched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        rawExec(**db, QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"));
        rawExec(**db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray before = sha256Of(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::NewerDatabase);
    CHECK(db.error().message.contains(QStringLiteral("newer version of Ordo")));
    CHECK(sha256Of(path) == before);
}

TEST_CASE("a damaged database file is refused without being written", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    QByteArray bytes("SQLite format 3", 16);
    bytes.append(QByteArray(200, '\xff'));
    writeFile(path, bytes);
    const QByteArray before = sha256Of(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::NotOrdoDatabase);
    CHECK(sha256Of(path) == before);
}

TEST_CASE("a missing file is not created when it must exist, and a missing folder is named", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing-here.sqlite"));
    auto mustExist = Database::open(path, Database::OpenMode::MustExist);
    REQUIRE_FALSE(mustExist.ok());
    CHECK(mustExist.error().code == ErrorCode::NotFound);
    CHECK_FALSE(QFile::exists(path));

    auto noFolder = Database::open(dir.filePath(QStringLiteral("no/such/folder/ordo.sqlite")));
    REQUIRE_FALSE(noFolder.ok());
    CHECK(noFolder.error().code == ErrorCode::Io);
    CHECK(noFolder.error().message.contains(QStringLiteral("does not exist")));

    auto folder = Database::open(dir.path());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().message.contains(QStringLiteral("folder")));
}

TEST_CASE("a transaction that is not committed leaves nothing behind", "[database]")
{
    TestDatabase db;
    {
        Transaction tx(*db);
        REQUIRE(tx.begin().ok());
        REQUIRE(db->run(QStringLiteral("INSERT INTO customers (name, created_at, updated_at) VALUES ('Temporal', 0, 0)")).ok());
        CHECK(db->inTransaction());
    }
    CHECK_FALSE(db->inTransaction());
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM customers")) == 0);
}

TEST_CASE("a write waits for another connection's write instead of failing at once", "[database][sqlite]")
{
    TestDatabase first;
    auto second = Database::open(first.path);
    REQUIRE(second.ok());
    Transaction holding(**second);
    REQUIRE(holding.begin().ok());
    // With BEGIN IMMEDIATE the second writer is refused up front (after the busy timeout), as a
    // clear "busy" conflict, never half-way through its changes.
    rawExec(*first, QStringLiteral("PRAGMA busy_timeout = 100"));
    Transaction blocked(*first);
    auto r = blocked.begin();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Conflict);
    CHECK(r.error().message.contains(QStringLiteral("busy")));
}

TEST_CASE("Ordo's own C-API connections never create a file, wait for writers and say what went wrong", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nothing-here.sqlite"));
    {
        const SqliteConnection c(missing, SqliteConnection::Mode::ReadWrite);
        CHECK_FALSE(c.ok());
        CHECK(c.error().code == ErrorCode::Io);
        CHECK_FALSE(c.column(QStringLiteral("SELECT 1")).has_value());
    }
    CHECK_FALSE(QFile::exists(missing));

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(text, QByteArray(4096, 'x'));
    const SqliteConnection notDatabase(text);
    REQUIRE(notDatabase.ok());  // SQLite reads the header lazily
    CHECK_FALSE(notDatabase.column(QStringLiteral("SELECT count(*) FROM sqlite_master")).has_value());
    CHECK(notDatabase.error().code == ErrorCode::NotOrdoDatabase);
    CHECK(notDatabase.error().message.contains(QStringLiteral("notes.txt")));

    TestDatabase db;
    const SqliteConnection reader(db.path);
    REQUIRE(reader.column(QStringLiteral("SELECT value FROM meta WHERE key = 'application'")) == QStringList{QStringLiteral("ordo")});
    CHECK_FALSE(reader.exec(QStringLiteral("CREATE TABLE scratch (a)")));  // read-only
    CHECK(reader.error().code == ErrorCode::Io);

    // Another writer holds the lock for a moment: the connection waits for it (Database::BusyTimeoutMs)...
    std::atomic<int> holding = 0;  // 1 while the other thread holds the lock, -1 if it could not take it
    std::thread other([&] {
        const SqliteConnection holder(db.path, SqliteConnection::Mode::ReadWrite);
        if (!holder.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            holding = -1;
            return;
        }
        holding = 1;
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        (void)holder.exec(QStringLiteral("ROLLBACK"));
    });
    while (holding == 0)
        std::this_thread::yield();
    SqliteConnection writer(db.path, SqliteConnection::Mode::ReadWrite);
    QElapsedTimer waited;
    waited.start();
    const bool began = holding == 1 && writer.exec(QStringLiteral("BEGIN IMMEDIATE"));
    const qint64 took = waited.elapsed();
    other.join();
    REQUIRE(holding == 1);
    CHECK(began);
    CHECK(took >= 200);
    CHECK(writer.exec(QStringLiteral("ROLLBACK")));

    // ...and a busy database is named as such once the wait is over.
    const SqliteConnection holder(db.path, SqliteConnection::Mode::ReadWrite);
    REQUIRE(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
    writer.setBusyTimeout(50);
    CHECK_FALSE(writer.exec(QStringLiteral("BEGIN IMMEDIATE")));
    CHECK(writer.error().code == ErrorCode::Conflict);
    CHECK(holder.exec(QStringLiteral("ROLLBACK")));
}
