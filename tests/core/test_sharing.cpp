// One database shared by several connections and processes: notifications only after COMMIT,
// changes of others found, durable commits where the law needs them, honest errors and checks.

#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoicePayments.h"
#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/scheduling/AppointmentService.h"
#include "core/usecases/IntakeService.h"
#include "core/scheduling/Scheduler.h"
#include "core/storage/Backup.h"
#include "core/storage/ChangeWatcher.h"
#include "core/storage/Checks.h"
#include "core/storage/Database.h"
#include "core/storage/FileSystem.h"
#include "core/storage/StatementTrace.h"

#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <map>
#include <numeric>
#include <vector>

using namespace ordo;
using namespace ordo::test;

namespace {

const Actor lucia{std::nullopt, QStringLiteral("Lucía Romero")};

struct Announcements
{
    explicit Announcements(Database &db)
    {
        QObject::connect(&db.notifier(), &ChangeNotifier::orderChanged, &db.notifier(), [this](Id id) { orders << id; });
        QObject::connect(&db.notifier(), &ChangeNotifier::customersChanged, &db.notifier(), [this] { ++customers; });
        QObject::connect(&db.notifier(), &ChangeNotifier::ordersReset, &db.notifier(), [this] { ++resets; });
        QObject::connect(&db.notifier(), &ChangeNotifier::invoicesChanged, &db.notifier(), [this] { ++invoices; });
    }
    QList<Id> orders;
    int customers = 0;
    int resets = 0;
    int invoices = 0;
};

Id newOrder(Database &db, const QString &title = QStringLiteral("Three windows"))
{
    NewWorkOrder n;
    n.customerId = addCustomer(db);
    n.title = title;
    auto o = WorkOrderService(db).create(n, lucia);
    REQUIRE(o.ok());
    return o->id;
}

int indexOf(const QStringList &statements, const QString &start)
{
    for (int i = 0; i < statements.size(); ++i) {
        if (statements[i].startsWith(start))
            return i;
    }
    return -1;
}

} // namespace

TEST_CASE("a booking refused at the end of the intake announces nothing", "[sharing][notify]")
{
    TestDatabase db;
    addTeam(*db);
    Clock::Override now(QDateTime(QDate(2026, 11, 23), QTime(9, 2), QTimeZone("Europe/Madrid")));
    SlotRequest r;
    r.postcode = QStringLiteral("28013");
    auto proposals = Scheduler(*db).propose(r, AssignmentPolicy{});
    REQUIRE(proposals.ok());
    REQUIRE_FALSE(proposals->isEmpty());
    const Proposal slot = proposals->first();
    // Another front desk books that slot first.
    REQUIRE(AppointmentService(*db).create({newOrder(*db), slot.staffId, slot.startsAt, slot.endsAt, AppointmentKind::Estimate, {}},
                                           lucia).ok());

    Announcements heard(*db);
    IntakeRequest request;
    request.newCustomer.name = QStringLiteral("Carmen López");
    request.newCustomer.postcode = QStringLiteral("28013");
    request.slot = slot;
    auto refused = IntakeService(*db).book(request, lucia);
    REQUIRE_FALSE(refused.ok());
    // The order was created and moved inside the transaction, then rolled back: no view may show it.
    CHECK(heard.orders.isEmpty());
    CHECK(db->notifier().pending() == 0);

    // The same booking on a free slot is announced once, after COMMIT.
    request.slot = proposals->at(1);
    auto booked = IntakeService(*db).book(request, lucia);
    REQUIRE(booked.ok());
    CHECK(heard.orders == QList<Id>{booked->order.id});
}

TEST_CASE("announcements wait for the outermost commit and go with a rollback", "[sharing][notify]")
{
    TestDatabase db;
    Announcements heard(*db);
    const Id order = newOrder(*db);
    heard.orders.clear();
    {
        Transaction tx(*db);
        REQUIRE(tx.begin().ok());
        REQUIRE(WorkOrderService(*db).addNote(order, lucia, QStringLiteral("first")).ok());
        db->notifier().announceOrder(order);
        CHECK(heard.orders.isEmpty());  // inside the transaction: held
        REQUIRE(tx.commit().ok());
    }
    CHECK(heard.orders == QList<Id>{order});  // once, though announced twice

    heard.orders.clear();
    {
        Transaction tx(*db);
        REQUIRE(tx.begin().ok());
        db->notifier().announceOrder(order);
    }  // rolled back
    CHECK(heard.orders.isEmpty());
    // And nothing held over to the next commit.
    REQUIRE(withTransaction(*db, [&]() -> Result<bool> { return true; }).ok());
    CHECK(heard.orders.isEmpty());
}

TEST_CASE("issuing an invoice and recording a payment are synced to disk before they are shown", "[sharing][sqlite][durable]")
{
    TestDatabase db;
    StatementTrace trace(*db);
    REQUIRE(trace.valid());

    trace.start();
    REQUIRE(withTransaction(*db, [&]() -> Result<bool> { return true; }, Database::Durability::Full).ok());
    QStringList sent = trace.stop();
    const int full = indexOf(sent, QStringLiteral("PRAGMA synchronous = FULL"));
    const int begin = indexOf(sent, QStringLiteral("BEGIN IMMEDIATE"));
    const int normal = indexOf(sent, QStringLiteral("PRAGMA synchronous = NORMAL"));
    INFO(sent.join(QLatin1Char('\n')).toStdString());
    CHECK(full >= 0);
    CHECK(full < begin);
    CHECK(normal > begin);

    // A durable write inside an ordinary transaction makes that whole transaction durable.
    trace.start();
    {
        Transaction tx(*db);
        REQUIRE(tx.begin().ok());
        REQUIRE(withTransaction(*db, [&]() -> Result<bool> { return true; }, Database::Durability::Full).ok());
        REQUIRE(tx.commit().ok());
    }
    sent = trace.stop();
    INFO(sent.join(QLatin1Char('\n')).toStdString());
    const int commit = indexOf(sent, QStringLiteral("COMMIT"));
    const int synced = indexOf(sent, QStringLiteral("PRAGMA synchronous = FULL"));
    CHECK(synced > commit);
    CHECK(indexOf(sent, QStringLiteral("INSERT INTO meta")) > synced);
    CHECK(rawCount(*db, QStringLiteral("SELECT value FROM meta WHERE key = 'durable_commits'")) == 1);

    // Issuing and payments ask for it.
    Clock::Override clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone("Europe/Madrid")));
    InvoiceDrafts drafts(*db);
    InvoiceLedger ledger(*db);
    InvoicePayments payments(*db);
    addCompanyProfile(*db);
    NewWorkOrder n;
    n.customerId = addFiscalCustomer(*db);
    n.title = QStringLiteral("Window");
    n.lines = {{0, 0, QStringLiteral("PVC window"), 1000, 38500, 2100, 0}};
    auto order = WorkOrderService(*db).create(n, lucia);
    REQUIRE(order.ok());
    auto draft = drafts.createFromOrder(order->id, lucia);
    REQUIRE(draft.ok());
    trace.start();
    auto issued = ledger.issue(draft->id, draft->version, lucia);
    sent = trace.stop();
    REQUIRE(issued.ok());
    CHECK(indexOf(sent, QStringLiteral("PRAGMA synchronous = FULL")) >= 0);
    CHECK(indexOf(sent, QStringLiteral("PRAGMA synchronous = FULL")) < indexOf(sent, QStringLiteral("BEGIN IMMEDIATE")));
    trace.start();
    auto paid = payments.record(issued->id, 1000, Clock::nowSecs(), QStringLiteral("transfer"), QString(), lucia);
    sent = trace.stop();
    REQUIRE(paid.ok());
    CHECK(indexOf(sent, QStringLiteral("PRAGMA synchronous = FULL")) >= 0);
}

TEST_CASE("what another connection commits is found and announced, and nothing when nothing changed", "[sharing][sqlite][watch]")
{
    TestDatabase db;
    const Id order = newOrder(*db);
    auto other = Database::open(db.path, Database::OpenMode::MustExist);
    REQUIRE(other.ok());

    ChangeWatcher watcher(*db);
    Announcements heard(*db);
    CHECK_FALSE(watcher.poll());

    // Our own commit does not count as someone else's.
    REQUIRE(WorkOrderService(*db).addNote(order, lucia, QStringLiteral("ours")).ok());
    heard.orders.clear();
    CHECK_FALSE(watcher.poll());

    REQUIRE(WorkOrderService(**other).addNote(order, lucia, QStringLiteral("theirs")).ok());
    CHECK(watcher.poll());
    CHECK(heard.orders.contains(order));
    CHECK(heard.customers == 0);
    CHECK_FALSE(watcher.poll());

    heard.orders.clear();
    addCustomer(**other, QStringLiteral("Pedro Gil"));
    CHECK(watcher.poll());
    CHECK(heard.customers == 1);
    CHECK(heard.orders.isEmpty());

    // Many orders at once: one reload instead of a refresh per order.
    {
        Transaction tx(**other);
        REQUIRE(tx.begin().ok());
        for (int i = 0; i <= ChangeWatcher::ResetThreshold; ++i)
            REQUIRE(WorkOrderService(**other).addNote(order, lucia, QStringLiteral("bulk %1").arg(i)).ok());
        REQUIRE(tx.commit().ok());
    }
    heard.orders.clear();
    CHECK(watcher.poll());
    CHECK(heard.resets == 1);
    CHECK(heard.orders.isEmpty());
    // …and the next change is found from where that left off.
    REQUIRE(WorkOrderService(**other).addNote(order, lucia, QStringLiteral("after")).ok());
    CHECK(watcher.poll());
    CHECK(heard.orders == QList<Id>{order});
}

TEST_CASE("a full disk says so, and nothing is saved", "[sharing][sqlite][errors]")
{
    TestDatabase db;
    const qint64 orders = rawCount(*db, QStringLiteral("SELECT count(*) FROM work_orders"));
    // SQLite answers SQLITE_FULL exactly as for a full disk once the file may not grow.
    rawExec(*db, QStringLiteral("PRAGMA max_page_count = %1").arg(rawCount(*db, QStringLiteral("PRAGMA page_count"))));
    NewWorkOrder n;
    n.customerId = addCustomer(*db, QStringLiteral("Ana Ruiz"));
    n.title = QString(4000, QLatin1Char('x'));
    n.description = QString(20000, QLatin1Char('y'));
    auto created = WorkOrderService(*db).create(n, lucia);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::DiskFull);
    CHECK(created.error().message.contains(QStringLiteral("is full")));
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM work_orders")) == orders);
}

TEST_CASE("a database Ordo may not write to says so", "[sharing][sqlite][errors]")
{
    TestDatabase db;
    // The engine's answer when the file cannot be written, whatever the cause.
    rawExec(*db, QStringLiteral("PRAGMA query_only = 1"));
    NewWorkOrder n;
    n.customerId = 1;
    n.title = QStringLiteral("Window");
    auto created = WorkOrderService(*db).create(n, lucia);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().message.startsWith(QStringLiteral("Ordo cannot write to")));
    rawExec(*db, QStringLiteral("PRAGMA query_only = 0"));

    // A read-only connection refuses to start a write, with words for it.
    auto reader = Database::open(db.path, Database::OpenMode::ReadOnly);
    REQUIRE(reader.ok());
    CHECK((*reader)->isReadOnly());
    auto refused = WorkOrderService(**reader).addNote(1, lucia, QStringLiteral("x"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("only for reading")));

    if (::geteuid() != 0) {  // root may write anywhere: the permission bits are tried as a user only
        QFile::setPermissions(db.path, QFileDevice::ReadOwner);
        auto opened = Database::open(db.path, Database::OpenMode::MustExist);
        QFile::setPermissions(db.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.startsWith(QStringLiteral("Ordo cannot write to")));
    }
}

TEST_CASE("reading an empty or foreign file creates and changes nothing", "[sharing][readonly]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile f(empty);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    for (auto mode : {Database::OpenMode::ReadOnly, Database::OpenMode::MustExist}) {
        auto opened = Database::open(empty, mode);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NotOrdoDatabase);
        CHECK(QFileInfo(empty).size() == 0);
        CHECK_FALSE(QFileInfo::exists(empty + QStringLiteral("-wal")));
        CHECK_FALSE(QFileInfo::exists(empty + QStringLiteral("-shm")));
    }
    // Not a database at all.
    const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'a'));
    }
    auto refused = Database::open(text, Database::OpenMode::ReadOnly);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("not a database file")));
    CHECK(sha256Of(text) == sha256Of(text));
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2);  // no -wal, no -shm, nothing new
}

TEST_CASE("a database on a network share is recognised by its file system", "[sharing][network]")
{
    CHECK(isNetworkFileSystem(0x6969));      // NFS
    CHECK(isNetworkFileSystem(0xFF534D42));  // CIFS
    CHECK(isNetworkFileSystem(0xFE534D42));  // SMB2
    CHECK(isNetworkFileSystem(0x517B));      // SMB
    CHECK(networkFileSystemName(0x6969) == QStringLiteral("nfs"));
    CHECK_FALSE(isNetworkFileSystem(0xEF53));      // ext4
    CHECK_FALSE(isNetworkFileSystem(0x01021994));  // tmpfs
    CHECK_FALSE(isNetworkFileSystem(0x58465342));  // xfs
    CHECK_FALSE(fileSystemOf(QDir::tempPath()).network);
}

TEST_CASE("check finds a missing table, a damaged search index and invoice counters out of step", "[sharing][sqlite][check]")
{
    TestDatabase db;
    addTeam(*db);
    newOrder(*db);
    auto sound = DatabaseChecks(*db).check();
    REQUIRE(sound.ok());
    INFO(sound->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(sound->sound());

    rawExec(*db, QStringLiteral("UPDATE sequences SET value = 5 WHERE name LIKE 'work_order:%'"));  // allowed: ahead
    rawExec(*db, QStringLiteral("INSERT INTO sequences (name, value) VALUES ('invoice:F:2026', 3)"));
    auto counters = DatabaseChecks(*db).check();
    REQUIRE(counters.ok());
    REQUIRE(counters->problems.size() == 1);  // the order counter ahead is allowed; the invoice one is not
    CHECK(counters->problems.join(QLatin1Char(' ')).contains(QStringLiteral("stands at 3")));
    rawExec(*db, QStringLiteral("DELETE FROM sequences WHERE name = 'invoice:F:2026'"));

    rawExec(*db, QStringLiteral("DELETE FROM order_search_data WHERE id > 10"));
    rawExec(*db, QStringLiteral("DROP TABLE payments"));
    auto broken = DatabaseChecks(*db).check();
    REQUIRE(broken.ok());
    const QString all = broken->problems.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("The table payments is missing.")));
    CHECK(all.contains(QStringLiteral("The search index order_search is damaged")));
}

TEST_CASE("a damaged-looking file in use by another connection is never renamed from under it", "[sharing][sqlite][backup]")
{
    TestDatabase db;
    const Id order = newOrder(*db);
    auto refused = Backup::setAsideDamaged(db.path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("in use by another program")));
    CHECK(QFileInfo::exists(db.path));
    // The connection that holds it goes on working.
    CHECK(WorkOrderService(*db).addNote(order, lucia, QStringLiteral("still here")).ok());
    // A file that cannot be read now is not called damaged.
    CHECK(Backup::inspect(db.path) == Backup::FileState::Sound);
}

TEST_CASE("a statement that may fail halfway, inside a transaction, saves however many rows it changes", "[sharing][sqlite]")
{
    // Such a statement keeps its own journal to undo only itself. SQLite 3.40 failed it with "database
    // or disk is full" once the journal outgrew what a process-wide SQLITE_CONFIG_STMTJRNL_SPILL above
    // 128 KiB kept in memory (Ordo set 4 MiB; the huge demo stopped at 80 %). The server's writer keeps
    // them in memory with temp_store = MEMORY instead: both ways must save the whole statement.
    for (const bool inMemory : {false, true}) {
        INFO((inMemory ? "temp_store = MEMORY" : "SQLite default"));
        TestDatabase db;
        if (inMemory)
            rawExec(*db, QStringLiteral("PRAGMA temp_store = MEMORY"));
        rawExec(*db, QStringLiteral("CREATE TABLE many_rows (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, body TEXT NOT NULL)"));
        rawExec(*db, QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 20000) "
                                    "INSERT INTO many_rows (code, body) SELECT 'k' || x, printf('%.300c', 'x') FROM n"));
        const Id order = newOrder(*db);
        auto done = withTransaction(*db, [&]() -> Result<bool> {
            // A write first, so that the large statement is not the transaction's only one.
            if (auto r = WorkOrderService(*db).addNote(order, lucia, QStringLiteral("before the large change")); !r)
                return r.error();
            // About 6 MB of pages under a unique index: its journal far outgrows 4 MiB.
            if (auto r = db->run(QStringLiteral("UPDATE many_rows SET code = code || '-2', body = body || 'y'")); !r)
                return r.error();
            return true;
        });
        INFO((done ? QString() : done.error().message).toStdString());
        REQUIRE(done.ok());
        CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM many_rows WHERE code LIKE '%-2' AND body LIKE '%y'")) == 20000);
    }
}

TEST_CASE("what one connection commits, however large, another reads whole, and so after a reopen", "[sharing][sqlite]")
{
    // A statement with a large journal, a commit of many megabytes, pages written to the log before the commit and then changed again (a tiny
    // cache), and a small commit after them are all read whole by a second connection, and the file
    // checks out after both are closed.
    TestDatabase db;
    rawExec(*db, QStringLiteral("CREATE TABLE large_pages (id INTEGER PRIMARY KEY, body BLOB NOT NULL)"));
    auto bodyOf = [](int id, int round) {
        QByteArray b(3000, Qt::Uninitialized);
        for (int i = 0; i < b.size(); ++i)
            b[i] = static_cast<char>((id * 31 + i * 7 + round * 13) & 0xff);
        return b;
    };
    constexpr int Rows = 5000;
    std::map<int, int> roundOf;
    auto write = [&](const std::vector<int> &ids, int round) {
        auto done = withTransaction(*db, [&]() -> Result<bool> {
            for (int id : ids) {
                if (auto r = db->run(QStringLiteral("INSERT INTO large_pages (id, body) VALUES (?, ?) "
                                                    "ON CONFLICT (id) DO UPDATE SET body = excluded.body"),
                                     {id, bodyOf(id, round)});
                    !r)
                    return r.error();
                roundOf[id] = round;
            }
            // One statement over every row, with a large journal.
            if (round == 0)
                if (auto r = db->run(QStringLiteral("UPDATE large_pages SET body = body")); !r)
                    return r.error();
            return true;
        });
        INFO((done ? QString() : done.error().message).toStdString());
        REQUIRE(done.ok());
    };
    auto readsWhole = [&](Database &reader) {
        CHECK(rawCount(reader, QStringLiteral("SELECT count(*) FROM large_pages")) == Rows);
        for (int id : {1, 2, 3, 4, 1000, 2500, 2501, 4096, 4999, 5000}) {
            auto body = reader.scalar(QStringLiteral("SELECT body FROM large_pages WHERE id = ?"), {id});
            REQUIRE(body.ok());
            CHECK(body->toByteArray() == bodyOf(id, roundOf[id]));
        }
    };

    auto other = Database::open(db.path, Database::OpenMode::ReadOnly);
    REQUIRE(other.ok());
    std::vector<int> all(Rows);
    std::iota(all.begin(), all.end(), 1);
    write(all, 0);   // some 15 MB in one commit
    readsWhole(**other);

    rawExec(*db, QStringLiteral("PRAGMA cache_size = 20"));
    std::vector<int> even, fourth;
    for (int id = 2; id <= Rows; id += 2)
        even.push_back(id);
    for (int id = 4; id <= Rows; id += 4)
        fourth.push_back(id);
    std::vector<int> twice = even;
    twice.insert(twice.end(), fourth.begin(), fourth.end());
    write(twice, 1);   // every fourth row written twice in one transaction, the cache long spilled
    readsWhole(**other);

    write({4999}, 2);   // a commit of a page or two
    readsWhole(**other);

    other->reset();
    db.db.reset();
    auto reopened = Database::open(db.path, Database::OpenMode::MustExist);
    REQUIRE(reopened.ok());
    auto integrity = (*reopened)->scalar(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(integrity.ok());
    CHECK(integrity->toString() == QStringLiteral("ok"));
    readsWhole(**reopened);
}
