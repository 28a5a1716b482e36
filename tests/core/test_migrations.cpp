#include "core/orders/WorkOrderService.h"
#include "core/storage/Checks.h"
#include "core/storage/Database.h"

#include "support/TestDatabase.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QFile>

#include <sqlite3.h>

using namespace ordo;
using namespace ordo::test;

namespace {


} // namespace

TEST_CASE("every released schema opens, is upgraded to the current version and stays sound", "[migrations]")
{
    const QDir fixtures(QStringLiteral(ORDO_FIXTURES_DIR));
    const QStringList files = fixtures.entryList({QStringLiteral("schema-v*.sql")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(files.isEmpty());
    for (const auto &file : files) {
        INFO(file.toStdString());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        loadSql(fixtures.filePath(file), path);
        // Counted on the old file as it is, read-only, before Ordo has opened (and upgraded) it.
        qint64 ordersBefore = -1;
        int versionBefore = -1;
        {
            const QString name = QStringLiteral("before-") + file;
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(path);
                raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                REQUIRE(raw.open());
                QSqlQuery q(raw);
                REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM work_orders), "
                                              "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema_version')")));
                REQUIRE(q.next());
                ordersBefore = q.value(0).toLongLong();
                versionBefore = q.value(1).toInt();
                q.finish();
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        REQUIRE(versionBefore < Database::CurrentSchemaVersion);  // the fixture really is older
        REQUIRE(ordersBefore > 0);

        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK((*db)->schemaVersion() == Database::CurrentSchemaVersion);
        CHECK(rawCount(**db, QStringLiteral("SELECT count(*) FROM work_orders")) == ordersBefore);
        // Schema 10: everyone on the staff got an account, without a password, none locked out.
        CHECK(rawCount(**db, QStringLiteral("SELECT count(*) FROM accounts a JOIN staff s ON s.id = a.staff_id "
                                            "WHERE a.secret_kind = 'none'")) ==
              rawCount(**db, QStringLiteral("SELECT count(*) FROM staff")));
        CHECK(rawCount(**db, QStringLiteral("SELECT count(*) FROM staff")) > 0);
        CHECK(rawCount(**db, QStringLiteral("SELECT count(DISTINCT lower(username)) FROM accounts")) ==
              rawCount(**db, QStringLiteral("SELECT count(*) FROM accounts")));
        auto check = DatabaseChecks(**db).check();
        REQUIRE(check.ok());
        INFO(check->problems.join(QLatin1Char('\n')).toStdString());
        CHECK(check->sound());

        // The upgraded file keeps working: numbering continues after the last order of the year.
        WorkOrderService orders(**db);
        auto latest = orders.list(OrderFilter{});
        REQUIRE(latest.ok());
        REQUIRE_FALSE(latest->isEmpty());
        NewWorkOrder n;
        n.customerId = latest->first().customerId;
        n.title = QStringLiteral("After the upgrade");
        auto created = orders.create(n, Actor{std::nullopt, QStringLiteral("Test")});
        REQUIRE(created.ok());
    }
}

TEST_CASE("a migration step that fails is rolled back and the database keeps its version", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("half.sqlite"));
    // An Ordo database at version 0 in which a table of version 1 already exists: step 1 must fail.
    QFile sql(dir.filePath(QStringLiteral("half.sql")));
    REQUIRE(sql.open(QIODevice::WriteOnly));
    sql.write("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
              "INSERT INTO meta VALUES ('application', 'ordo'), ('schema_version', '0');"
              "CREATE TABLE work_orders (id INTEGER PRIMARY KEY, note TEXT);"
              "INSERT INTO work_orders (note) VALUES ('keep me');");
    sql.close();
    loadSql(sql.fileName(), path);

    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("Could not upgrade the database to version 1")));

    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
    auto count = [&](const char *query) {
        sqlite3_stmt *st = nullptr;
        REQUIRE(sqlite3_prepare_v2(raw, query, -1, &st, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(st) == SQLITE_ROW);
        const auto n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return n;
    };
    CHECK(count("SELECT count(*) FROM sqlite_master WHERE name = 'customers'") == 0);
    CHECK(count("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema_version'") == 0);
    CHECK(count("SELECT count(*) FROM work_orders WHERE note = 'keep me'") == 1);
    sqlite3_close(raw);
}
