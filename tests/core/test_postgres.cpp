// The office server (issue 19): what only PostgreSQL has, or what must come out the same on both
// engines. The rest of the core suite runs on PostgreSQL as well ("core-pg:" in ctest).
#include "core/billing/InvoiceLedger.h"
#include "core/storage/Backup.h"
#include "core/demo/DemoGenerator.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/storage/ChangeWatcher.h"
#include "core/storage/Checks.h"
#include "core/storage/DatabaseCopy.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/ServerAddress.h"
#include "core/usecases/Company.h"
#include "core/usecases/OrderMoves.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimeZone>

#include <atomic>
#include <thread>

using namespace ordo;
using namespace ordo::test;

TEST_CASE("a server address is read as libpq reads it, and shown without its password", "[server]")
{
    auto a = ServerAddress::parse(QStringLiteral("postgresql://lucia:s3cr%40t@oficina.local:5433/ventanas_sol?sslmode=require"));
    REQUIRE(a.ok());
    CHECK(a->user == QStringLiteral("lucia"));
    CHECK(a->password == QStringLiteral("s3cr@t"));
    CHECK(a->host == QStringLiteral("oficina.local"));
    CHECK(a->port == 5433);
    CHECK(a->database == QStringLiteral("ventanas_sol"));
    CHECK(a->sslMode == QStringLiteral("require"));
    CHECK(a->withoutPassword() == QStringLiteral("postgresql://lucia@oficina.local:5433/ventanas_sol?sslmode=require"));
    CHECK_FALSE(a->withoutPassword().contains(QStringLiteral("s3cr")));

    auto socket = ServerAddress::parse(QStringLiteral("postgresql://postgres@/ordo?host=/tmp/pg&port=5439"));
    REQUIRE(socket.ok());
    CHECK(socket->host == QStringLiteral("/tmp/pg"));
    CHECK(socket->port == 5439);
    CHECK(socket->withoutPassword() == QStringLiteral("postgresql://postgres@/ordo?host=%2Ftmp%2Fpg&port=5439"));
    auto again = ServerAddress::parse(socket->withoutPassword());
    REQUIRE(again.ok());
    CHECK(again->host == QStringLiteral("/tmp/pg"));

    for (const char *bad : {"postgresql://lucia@server", "postgresql://lucia@server:99999/db", "postgresql://server/db?sslmode=maybe",
                            "postgresql://server/db?colour=blue", "mysql://server/db"}) {
        INFO(bad);
        auto r = ServerAddress::parse(QString::fromLatin1(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("postgresql://user@server/database")));
    }
    auto withPassword = ServerAddress::parse(QStringLiteral("postgresql://lucia:topsecret@server/db?colour=blue"));
    REQUIRE_FALSE(withPassword.ok());
    CHECK_FALSE(withPassword.error().message.contains(QStringLiteral("topsecret")));
}

TEST_CASE("a server that cannot be reached or has no such database says so", "[postgres]")
{
    auto address = ServerAddress::parse(testServer());
    REQUIRE(address.ok());
    address->database = QStringLiteral("no_such_office");
    auto missing = Database::open(address->withoutPassword(), Database::OpenMode::MustExist);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("no_such_office")));

    address->host = QStringLiteral("/nonexistent-socket-folder");
    auto unreachable = Database::open(address->withoutPassword());
    REQUIRE_FALSE(unreachable.ok());
    CHECK(unreachable.error().code == ErrorCode::Io);
}

TEST_CASE("a Normal write does not wait for the server's disk and a Full one does, as on SQLite", "[postgres]")
{
    TestDatabase db;
    auto level = [&] { return db->scalar(QStringLiteral("SHOW synchronous_commit"))->toString(); };
    REQUIRE(db->run(QStringLiteral("SET synchronous_commit = on")).ok());  // as a real server (the test cluster has it off)
    for (const auto &[durability, expected] : {std::pair{Database::Durability::Normal, QStringLiteral("off")},
                                               std::pair{Database::Durability::Full, QStringLiteral("on")}}) {
        Transaction tx(*db, durability);
        REQUIRE(tx.begin().ok());
        CHECK(level() == expected);
        REQUIRE(tx.commit().ok());
    }
    CHECK(level() == QStringLiteral("on"));  // only for that transaction

    // createServerDatabase makes a missing database once, and leaves an existing one alone.
    QString name;
    const QString made = createServerDatabase(&name);
    dropServerDatabase(name);
    REQUIRE(ordo::createServerDatabase(made).ok());
    REQUIRE(ordo::createServerDatabase(made).ok());
    CHECK(Database::open(made, Database::OpenMode::CreateIfMissing).ok());
    dropServerDatabase(name);
}

TEST_CASE("a statement is prepared on the server once per connection, a long list of values never", "[postgres]")
{
    TestDatabase db;
    const auto prepared = [&] {
        return db->scalar(QStringLiteral("SELECT count(*) FROM pg_prepared_statements"))->toLongLong();
    };
    const qint64 before = prepared();
    for (int i = 0; i < 3; ++i) {
        auto n = db->scalar(QStringLiteral("SELECT count(*) FROM staff WHERE id > ? AND name <> ?"), {i, QStringLiteral("x")});
        REQUIRE(n.ok());
    }
    // Three runs, one statement kept (a text without values goes as it is: the count above).
    CHECK(prepared() - before == 1);
    const qint64 kept = prepared();
    QVariantList ids;
    QStringList marks;
    for (int i = 0; i < 40; ++i) {
        ids << i;
        marks << QStringLiteral("?");
    }
    auto listed = db->scalar(QStringLiteral("SELECT count(*) FROM staff WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))), ids);
    REQUIRE(listed.ok());
    CHECK(listed->toInt() == 0);
    CHECK(prepared() == kept);
}

TEST_CASE("an empty server database becomes an Ordo database; another program's database is left alone", "[postgres]")
{
    QString name;
    const QString uri = createServerDatabase(&name);
    {
        auto refused = Database::open(uri, Database::OpenMode::MustExist);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::NotOrdoDatabase);
        auto made = openCompany(uri);
        REQUIRE(made.ok());
        CHECK((*made)->dialect() == Database::Dialect::PostgreSQL);
        CHECK((*made)->schemaVersion() == Database::CurrentSchemaVersion);
        auto report = DatabaseChecks(**made).check();
        REQUIRE(report.ok());
        INFO(report->problems.join(QLatin1Char('\n')).toStdString());
        CHECK(report->sound());
    }
    dropServerDatabase(name);

    const QString other = createServerDatabase(&name);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other-program"));
        auto a = ServerAddress::parse(other);
        raw.setHostName(a->host);
        raw.setPort(a->port);
        raw.setUserName(a->user);
        raw.setDatabaseName(a->database);
        REQUIRE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE accounting (id int)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    auto foreign = Database::open(other);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().code == ErrorCode::NotOrdoDatabase);
    dropServerDatabase(name);
}

TEST_CASE("another PC's change reaches this one through LISTEN/NOTIFY within a second", "[postgres]")
{
    TestDatabase t;
    const Team team = addTeam(*t);
    const Id customer = addCustomer(*t);
    WorkOrderService orders(*t);
    NewWorkOrder n;
    n.customerId = customer;
    n.title = QStringLiteral("Cambiar cristal");
    auto order = orders.create(n, Actor{team.lucia, QStringLiteral("Lucía")});
    REQUIRE(order.ok());

    // "This PC": its own connection and watcher, as the desktop has.
    auto here = Database::open(t.path, Database::OpenMode::MustExist);
    REQUIRE(here.ok());
    ChangeWatcher watcher(**here);
    QSignalSpy changed(&watcher, &ChangeWatcher::externalChange);
    QSignalSpy orderChanged(&(*here)->notifier(), &ChangeNotifier::orderChanged);
    QSignalSpy customersChanged(&(*here)->notifier(), &ChangeNotifier::customersChanged);
    watcher.start(60000);  // no polling to speak of: only the notification can wake it in time

    // "Another PC" moves the order.
    auto wf = WorkflowRepository(*t).defaultLatest();
    REQUIRE(wf.ok());
    Id next = 0;
    for (const auto &s : wf->steps)
        if (wf->allows(order->stepId, s.id) && next == 0)
            next = s.id;
    REQUIRE(next != 0);
    QElapsedTimer clock;
    clock.start();
    auto moved = OrderMoves(*t).move(order->id, order->version, next, Actor{team.lucia, QStringLiteral("Lucía")});
    INFO((moved ? QString() : moved.error().message).toStdString());
    REQUIRE(moved.ok());
    REQUIRE(changed.wait(1000));
    CHECK(clock.elapsed() < 1000);
    REQUIRE(orderChanged.size() >= 1);
    CHECK(orderChanged.first().at(0).toLongLong() == order->id);

    // A customer's change is announced as such.
    Customer c = *CustomerRepository(*t).find(customer);
    c.phone = QStringLiteral("699 99 99 99");
    REQUIRE(CustomerRepository(*t).update(c).ok());
    REQUIRE(customersChanged.wait(1000));
}

TEST_CASE("writers on several connections lose nothing: gapless numbers, every conflict reported", "[postgres]")
{
    TestDatabase t;
    const Team team = addTeam(*t);
    const Id customer = addCustomer(*t);
    WorkOrderService orders(*t);
    QList<WorkOrder> made;
    for (int i = 0; i < 5; ++i) {
        NewWorkOrder n;
        n.customerId = customer;
        n.title = QStringLiteral("Trabajo %1").arg(i);
        auto o = orders.create(n, Actor{team.lucia, QStringLiteral("Lucía")});
        REQUIRE(o.ok());
        made << *o;
    }
    // Four "PCs" at once: each creates orders (numbered from one counter) and renames the same five
    // orders with the version it read, as the order window does.
    std::atomic<int> created{0}, saved{0}, conflicts{0}, failures{0};
    std::vector<std::thread> pcs;
    for (int pc = 0; pc < 4; ++pc)
        pcs.emplace_back([&, pc] {
            auto db = Database::open(t.path, Database::OpenMode::MustExist);
            if (!db) {
                ++failures;
                return;
            }
            WorkOrderService mine(**db);
            for (int round = 0; round < 10; ++round) {
                NewWorkOrder n;
                n.customerId = customer;
                n.title = QStringLiteral("PC %1 pedido %2").arg(pc).arg(round);
                if (mine.create(n, Actor{team.lucia, QStringLiteral("Lucía")}))
                    ++created;
                else
                    ++failures;
                for (const WorkOrder &o : made) {
                    auto current = mine.find(o.id);
                    if (!current) {
                        ++failures;
                        continue;
                    }
                    auto details = mine.details(*current);
                    if (!details) {
                        ++failures;
                        continue;
                    }
                    details->title = QStringLiteral("PC %1 ronda %2").arg(pc).arg(round);
                    auto r = mine.update(o.id, current->version, *details, Actor{team.lucia, QStringLiteral("Lucía")});
                    if (r)
                        ++saved;
                    else if (r.error().code == ErrorCode::Conflict)
                        ++conflicts;
                    else
                        ++failures;
                }
            }
        });
    for (auto &pc : pcs)
        pc.join();
    CHECK(failures == 0);
    CHECK(created == 40);
    CHECK(saved + conflicts == 4 * 10 * 5);
    // Every save is in the history (none lost), every version step is one save.
    const qint64 titleEvents = rawCount(*t, QStringLiteral("SELECT count(*) FROM order_events WHERE field = 'title'"));
    CHECK(titleEvents == saved);
    const qint64 versions = rawCount(*t, QStringLiteral("SELECT sum(version - 1) FROM work_orders WHERE id IN (%1, %2, %3, %4, %5)")
                                             .arg(made[0].id).arg(made[1].id).arg(made[2].id).arg(made[3].id).arg(made[4].id));
    CHECK(versions == saved);
    // Order numbers: 45 different, no gap.
    CHECK(rawCount(*t, QStringLiteral("SELECT count(DISTINCT number) FROM work_orders")) == 45);
    CHECK(rawCount(*t, QStringLiteral("SELECT max(CAST(substr(number, 9) AS INTEGER)) FROM work_orders")) == 45);
}

TEST_CASE("an office's SQLite file moves to the server with every row, counter and the invoice chain", "[postgres]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("oficina.sqlite"));
    {
        auto db = openCompany(file);
        REQUIRE(db.ok());
        DemoGenerator::Options options;
        options.size = DemoSize::Small;
        options.now = QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone("Europe/Madrid")).toUTC();
        REQUIRE(DemoGenerator(**db).generate(options).ok());
    }
    QString name;
    const QString uri = createServerDatabase(&name);
    {
        auto source = Database::open(file, Database::OpenMode::ReadOnly);
        REQUIRE(source.ok());
        auto target = Database::open(uri);
        REQUIRE(target.ok());
        DatabaseCopy copy(**source, **target);
        auto copied = copy.copy();
        INFO((copied ? QString() : copied.error().message).toStdString());
        REQUIRE(copied.ok());
        qint64 rows = 0;
        for (const auto &table : *copied) {
            INFO(table.name.toStdString());
            CHECK(table.sourceRows == table.targetRows);
            rows += table.targetRows;
        }
        CHECK(rows > 1000);
        auto report = DatabaseChecks(**target).check();
        REQUIRE(report.ok());
        INFO(report->problems.join(QLatin1Char('\n')).toStdString());
        CHECK(report->sound());
        auto before = InvoiceLedger(**source).verifyChain();
        auto after = InvoiceLedger(**target).verifyChain();
        REQUIRE(before.ok());
        REQUIRE(after.ok());
        CHECK(after->ok());
        CHECK(after->checked == before->checked);
        CHECK(after->checked > 0);
        CHECK(after->lastHash == before->lastHash);

        // The same words find the same orders on both engines.
        for (const char *words : {"ventana", "lopez", "garcia madrid", "600", "persiana", "OT-2026", "calle mayor"}) {
            INFO(words);
            auto a = search::orders(**source, QString::fromUtf8(words), 500);
            auto b = search::orders(**target, QString::fromUtf8(words), 500);
            REQUIRE(a.ok());
            REQUIRE(b.ok());
            QList<Id> x = *a, y = *b;
            std::sort(x.begin(), x.end());
            std::sort(y.begin(), y.end());
            CHECK(x == y);
        }
        // New rows continue after the copied ids, and the copy refuses to run twice.
        WorkOrderService orders(**target);
        auto customers = CustomerRepository(**target).page(QString(), 0, 1);
        REQUIRE(customers.ok());
        REQUIRE_FALSE(customers->isEmpty());
        NewWorkOrder n;
        n.customerId = customers->first().id;
        n.title = QStringLiteral("Primera orden en el servidor");
        auto added = orders.create(n, Actor{std::nullopt, QStringLiteral("Lucía")});
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        auto again = DatabaseCopy(**source, **target).copy();
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains(QStringLiteral("not empty")));
    }
    dropServerDatabase(name);
}

TEST_CASE("a server's backup is a verified pg_dump, restored only into a new database", "[postgres]")
{
    TestDatabase t;
    addTeam(*t);
    const Id customer = addCustomer(*t);
    NewWorkOrder n;
    n.customerId = customer;
    n.title = QStringLiteral("Mosquitera");
    REQUIRE(WorkOrderService(*t).create(n, Actor{std::nullopt, QStringLiteral("Lucía")}).ok());

    auto taken = Backup::take(*t, t.dir.filePath(QStringLiteral("copias")));
    INFO((taken ? QString() : taken.error().message).toStdString());
    REQUIRE(taken.ok());
    CHECK(taken->endsWith(QStringLiteral(".dump")));
    CHECK(Backup::list(t.dir.filePath(QStringLiteral("copias"))) == QStringList{*taken});
    REQUIRE(Backup::verify(*taken).ok());

    QString name;
    const QString fresh = createServerDatabase(&name);
    auto restored = Backup::restore(*taken, fresh, false);
    INFO((restored ? QString() : restored.error().message).toStdString());
    REQUIRE(restored.ok());
    {
        auto db = Database::open(fresh, Database::OpenMode::MustExist);
        REQUIRE(db.ok());
        CHECK(rawCount(**db, QStringLiteral("SELECT count(*) FROM work_orders")) == 1);
        auto found = search::orders(**db, QStringLiteral("mosquitera"), 10);
        REQUIRE(found.ok());
        CHECK(found->size() == 1);
    }
    // Never over a database that holds something, and never with --replace on a server.
    auto again = Backup::restore(*taken, fresh, false);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("not empty")));
    CHECK_FALSE(Backup::restore(*taken, fresh, true).ok());
    dropServerDatabase(name);

    QFile junk(t.dir.filePath(QStringLiteral("copias/roto-2026-01-01-000000.dump")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a dump");
    junk.close();
    auto bad = Backup::verify(junk.fileName());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::Damaged);
}
