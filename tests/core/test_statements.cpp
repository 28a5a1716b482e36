// Statements kept prepared on a SQLite connection (core/storage/SqliteStatements): what callers of
// Database::run read must not change, whatever the statement's earlier runs did.
#include "core/storage/Database.h"
#include "core/people/StaffRepository.h"
#include "core/scheduling/Scheduler.h"
#include "core/usecases/OnlineBooking.h"
#include "core/storage/SqliteHandle.h"
#include "core/storage/StatementTrace.h"

#include "support/TestDatabase.h"

#include <QSqlRecord>

#include <sqlite3.h>

using namespace ordo;
using namespace ordo::test;

namespace {

// The statements the connection holds with exactly this text.
QList<sqlite3_stmt *> statementsFor(Database &db, const QString &sql)
{
    QList<sqlite3_stmt *> found;
    sqlite3 *handle = sqliteHandle(db);
    for (sqlite3_stmt *s = sqlite3_next_stmt(handle, nullptr); s; s = sqlite3_next_stmt(handle, s))
        if (QString::fromUtf8(sqlite3_sql(s)) == sql)
            found << s;
    return found;
}

bool anyStatementBusy(Database &db)
{
    sqlite3 *handle = sqliteHandle(db);
    for (sqlite3_stmt *s = sqlite3_next_stmt(handle, nullptr); s; s = sqlite3_next_stmt(handle, s))
        if (sqlite3_stmt_busy(s))
            return true;
    return false;
}

} // namespace

TEST_CASE("a statement run again is prepared once, and reads its values as the first time", "[database][sqlite]")
{
    TestDatabase db;
    if (db->dialect() != Database::Dialect::SQLite)
        return;
    const QString sql = QStringLiteral("SELECT ?, ?, ?, ?, ?, ?, ?, ?");
    // Text beyond Latin-1 and a zero-width no-break space inside a name come back exactly.
    const QString withMark = QStringLiteral("Ana") + QChar(0xFEFF) + QStringLiteral("Łódź 😀");
    for (int i = 0; i < 100; ++i) {
        auto q = db->run(sql, {qint64(i) * 1000000000LL, QStringLiteral("Ñandú %1").arg(i), QVariant(QMetaType::fromType<qint64>()),
                               QByteArray("\0b", 2), QString(), true, 2.5, withMark});
        REQUIRE(q.ok());
        REQUIRE(q->next());
        CHECK(q->value(0).toLongLong() == qint64(i) * 1000000000LL);
        CHECK(q->value(0).typeId() == QMetaType::LongLong);
        CHECK(q->value(1).toString() == QStringLiteral("Ñandú %1").arg(i));
        CHECK(q->value(2).isNull());
        CHECK(q->value(3).toByteArray() == QByteArray("\0b", 2));
        // A null QString is stored as '' (text columns are never NULL by accident).
        CHECK_FALSE(q->value(4).isNull());
        CHECK(q->value(4).toString().isEmpty());
        CHECK(q->value(5).toInt() == 1);
        CHECK(q->value(6).toDouble() == 2.5);
        CHECK(q->value(7).toString() == withMark);
        CHECK_FALSE(q->next());
    }
    const auto kept = statementsFor(*db, sql);
    REQUIRE(kept.size() == 1);
    CHECK(sqlite3_stmt_status(kept.first(), SQLITE_STMTSTATUS_RUN, 0) == 100);
    // Once its query is gone the statement holds no read of the database open.
    CHECK_FALSE(anyStatementBusy(*db));
}

TEST_CASE("a list read again while it is being read gives both readers every row", "[database][sqlite]")
{
    TestDatabase db;
    for (const char *name : {"Ana", "Benito", "Carmen"})
        REQUIRE(db->run(QStringLiteral("INSERT INTO customers (name, created_at, updated_at) VALUES (?, 0, 0)"),
                        {QString::fromUtf8(name)}).ok());
    const QString sql = QStringLiteral("SELECT name FROM customers ORDER BY name");
    QStringList outer, inner;
    auto q = db->run(sql);
    REQUIRE(q.ok());
    while (q->next()) {
        outer << q->value(0).toString();
        auto again = db->run(sql);
        REQUIRE(again.ok());
        while (again->next())
            inner << again->value(0).toString();
    }
    CHECK(outer == QStringList{QStringLiteral("Ana"), QStringLiteral("Benito"), QStringLiteral("Carmen")});
    CHECK(inner.size() == 9);
    CHECK(inner.mid(6) == outer);
}

TEST_CASE("a statement that failed runs again normally, and a wrong statement is refused with a reason", "[database]")
{
    TestDatabase db;
    const QString insert = QStringLiteral("INSERT INTO sequences (name, value) VALUES (?, 1)");
    REQUIRE(db->run(insert, {QStringLiteral("serie-A")}).ok());
    auto twice = db->run(insert, {QStringLiteral("serie-A")});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive));
    REQUIRE(db->run(insert, {QStringLiteral("serie-B")}).ok());
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM sequences WHERE name LIKE 'serie-%'")) == 2);

    auto missingValue = db->run(insert);
    REQUIRE_FALSE(missingValue.ok());
    auto noTable = db->run(QStringLiteral("SELECT * FROM no_such_table"));
    REQUIRE_FALSE(noTable.ok());
    CHECK(noTable.error().message.contains(QStringLiteral("no_such_table")));
    if (db->dialect() == Database::Dialect::SQLite)
        CHECK_FALSE(db->run(QStringLiteral("SELECT 1; SELECT 2")).ok());
    // Rows affected and the new row's id, as callers read them after a write.
    auto touched = db->run(QStringLiteral("UPDATE sequences SET value = value + 1 WHERE name LIKE ?"), {QStringLiteral("serie-%")});
    REQUIRE(touched.ok());
    CHECK(touched->numRowsAffected() == 2);
}

TEST_CASE("a kept statement follows a change of its table", "[database][sqlite]")
{
    TestDatabase db;
    rawExec(*db, QStringLiteral("CREATE TABLE notes_probe (a INTEGER)"));
    rawExec(*db, QStringLiteral("INSERT INTO notes_probe VALUES (1)"));
    const QString sql = QStringLiteral("SELECT * FROM notes_probe");
    {
        auto q = db->run(sql);
        REQUIRE(q.ok());
        REQUIRE(q->next());
        CHECK(q->record().count() == 1);
    }
    rawExec(*db, QStringLiteral("ALTER TABLE notes_probe ADD COLUMN b TEXT DEFAULT 'nuevo'"));
    auto q = db->run(sql);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    CHECK(q->record().count() == 2);
    CHECK(q->value(1).toString() == QStringLiteral("nuevo"));
}

TEST_CASE("a query kept after its database closed reads nothing more and harms nothing", "[database][sqlite]")
{
    TestDatabase db;
    for (int i = 0; i < 3; ++i)
        REQUIRE(db->run(QStringLiteral("INSERT INTO customers (name, created_at, updated_at) VALUES (?, 0, 0)"),
                        {QStringLiteral("Cliente %1").arg(i)}).ok());
    QSqlQuery left;
    {
        auto other = Database::open(db.path);
        REQUIRE(other.ok());
        auto q = (*other)->run(QStringLiteral("SELECT name FROM customers ORDER BY id"));
        REQUIRE(q.ok());
        REQUIRE(q->next());
        left = *q;
    }
    CHECK_FALSE(left.next());
    // The file is whole and writable for the connections still open.
    REQUIRE(db->run(QStringLiteral("INSERT INTO customers (name, created_at, updated_at) VALUES ('Otra', 0, 0)")).ok());
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM customers")) == 4);
}

TEST_CASE("the staff list kept on a connection follows every change, another process's too, and forgets an undone one", "[database][people]")
{
    TestDatabase db;
    StaffRepository staff(*db);
    StaffMember m;
    m.name = QStringLiteral("Rubén Molina");
    m.role = Role::Technician;
    auto id = staff.add(m);
    REQUIRE(id.ok());
    auto names = [&](Database &on) {
        QStringList out;
        auto list = StaffRepository(on).list(true);
        REQUIRE(list.ok());
        for (const auto &p : *list)
            out << p.name;
        return out;
    };
    CHECK(names(*db).contains(QStringLiteral("Rubén Molina")));
    if (db->dialect() == Database::Dialect::SQLite) {
        // Asked again with nothing changed: only the change counter is read, not the staff.
        StatementTrace trace(*db);
        trace.start();
        CHECK(names(*db).contains(QStringLiteral("Rubén Molina")));
        const QStringList ran = trace.stop();
        CHECK(ran.filter(QStringLiteral("FROM staff")).isEmpty());
        CHECK(ran.filter(QStringLiteral("change_counters")).size() == 1);
    }

    // Another process renames him: the next list has the new name.
    auto other = Database::open(db.path);
    REQUIRE(other.ok());
    auto renamed = StaffRepository(**other).find(*id);
    REQUIRE(renamed.ok());
    renamed->name = QStringLiteral("Rubén Molina Gil");
    REQUIRE(StaffRepository(**other).update(*renamed).ok());
    CHECK(names(*db).contains(QStringLiteral("Rubén Molina Gil")));

    // A rename seen inside a transaction that is then undone; meanwhile the other process renames
    // him too, which moves the counter to the number the undone change had: its name is the one shown.
    {
        Transaction tx(*db);
        REQUIRE(tx.begin().ok());
        auto inside = staff.find(*id);
        REQUIRE(inside.ok());
        inside->name = QStringLiteral("Nombre deshecho");
        REQUIRE(staff.update(*inside).ok());
        CHECK(names(*db).contains(QStringLiteral("Nombre deshecho")));
    }
    auto again = StaffRepository(**other).find(*id);
    REQUIRE(again.ok());
    again->name = QStringLiteral("Rubén M.");
    REQUIRE(StaffRepository(**other).update(*again).ok());
    const QStringList shown = names(*db);
    CHECK(shown.contains(QStringLiteral("Rubén M.")));
    CHECK_FALSE(shown.contains(QStringLiteral("Nombre deshecho")));
}

TEST_CASE("the booking settings and assignment rules kept on a connection follow another process's change", "[database][booking]")
{
    TestDatabase db;
    BookingSettings mine = BookingSettings::load(*db);
    const int visitMinutes = mine.visitMinutes;
    CHECK(AssignmentPolicy::load(*db).territory);
    if (db->dialect() == Database::Dialect::SQLite) {
        // Asked again with nothing changed: only the change counter is read, not the settings.
        StatementTrace trace(*db);
        trace.start();
        CHECK(BookingSettings::load(*db).visitMinutes == visitMinutes);
        CHECK(AssignmentPolicy::load(*db).territory);
        const QStringList ran = trace.stop();
        CHECK(ran.filter(QStringLiteral("FROM settings")).isEmpty());
        CHECK(ran.filter(QStringLiteral("change_counters")).size() == 2);
    }

    // The office changes them on the desktop (another connection): the next booking follows.
    auto other = Database::open(db.path);
    REQUIRE(other.ok());
    BookingSettings changed = BookingSettings::load(**other);
    changed.visitMinutes = visitMinutes + 30;
    changed.enabled = false;
    REQUIRE(changed.save(**other).ok());
    AssignmentPolicy rules = AssignmentPolicy::load(**other);
    rules.territory = false;
    REQUIRE(rules.save(**other).ok());
    CHECK(BookingSettings::load(*db).visitMinutes == visitMinutes + 30);
    CHECK_FALSE(BookingSettings::load(*db).enabled);
    CHECK_FALSE(AssignmentPolicy::load(*db).territory);
}
