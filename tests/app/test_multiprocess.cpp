// Several processes on one SQLite file, as in an office: the desktop (this process, with a second
// connection like the board's worker), ordo-cli from a script, and a third program reading.

#include "core/orders/WorkOrderService.h"
#include "core/storage/Database.h"

#include "support/ProcessRun.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

using namespace ordo;
using ordo::test::Run;

namespace {


Run run(const QString &program, const QStringList &arguments)
{
    return ordo::test::runProgram(program, arguments);
}

Run cli(const QString &database, QStringList arguments)
{
    arguments.prepend(database);
    arguments.prepend(QStringLiteral("--database"));
    return run(QStringLiteral(ORDO_CLI_PATH), arguments);
}

// What a program other than Ordo sees (the sqlite3 shell, a process of its own).
qint64 seenByAnotherProgram(const QString &database, const QString &sql)
{
    const Run r = run(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), database, sql});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.trimmed().toLongLong();
}

QString firstOrderIn(const QString &database, const QString &step)
{
    const Run list = cli(database, {QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--step"), step,
                                    QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray orders = QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("orders")).toArray();
    REQUIRE_FALSE(orders.isEmpty());
    return orders.first().toObject().value(QStringLiteral("number")).toString();
}

} // namespace

TEST_CASE("a second connection in the process keeps the first one's writes safe from other processes", "[multiprocess]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(cli(path, {QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small"), QStringLiteral("--seed"),
                       QStringLiteral("5"), QStringLiteral("--today"), QStringLiteral("2026-11-27")})
                .exitCode == 0);
    const QString movedByScript = firstOrderIn(path, QStringLiteral("Quote sent"));

    // The desktop: its connection, then a worker's second connection that comes and goes.
    auto desktop = Database::open(path, Database::OpenMode::MustExist);
    REQUIRE(desktop.ok());
    const Id noted = (*desktop)->scalar(QStringLiteral("SELECT id FROM work_orders ORDER BY id LIMIT 1"))->toLongLong();
    {
        auto worker = Database::open(path, Database::OpenMode::MustExist);
        REQUIRE(worker.ok());
    }

    // A script moves an order and exits.
    const Run moved = cli(path, {QStringLiteral("orders"), QStringLiteral("move"), movedByScript, QStringLiteral("Quote accepted")});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);

    // The desktop writes after it.
    REQUIRE(WorkOrderService(**desktop).addNote(noted, Actor{std::nullopt, QStringLiteral("Lucía")}, QStringLiteral("Called back at noon")).ok());

    // Another program, while the desktop is still open, sees both commits.
    CHECK(seenByAnotherProgram(path, QStringLiteral("SELECT count(*) FROM order_events WHERE note = 'Called back at noon'")) == 1);
    CHECK(seenByAnotherProgram(path, QStringLiteral("SELECT count(*) FROM work_orders o JOIN steps s ON s.id = o.step_id "
                                                    "WHERE o.number = '%1' AND s.name = 'Quote accepted'")
                                         .arg(movedByScript)) == 1);
    const Run check = cli(path, {QStringLiteral("check")});
    INFO(check.out.toStdString() + check.err.toStdString());
    CHECK(check.exitCode == 0);

    // And after the desktop is gone, nothing was lost either.
    desktop->reset();
    CHECK(seenByAnotherProgram(path, QStringLiteral("SELECT count(*) FROM order_events WHERE note = 'Called back at noon'")) == 1);
    CHECK(cli(path, {QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("commands that only read change no file: an empty file or another program's database is left as it was", "[multiprocess][readonly]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile f(empty);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const QString foreign = dir.filePath(QStringLiteral("other.sqlite"));
    REQUIRE(run(QStringLiteral("sqlite3"), {foreign, QStringLiteral("CREATE TABLE t (a); DROP TABLE t;")}).exitCode == 0);
    const QByteArray foreignBefore = ordo::test::sha256Of(foreign);

    for (const QString &command : {QStringLiteral("stats"), QStringLiteral("check")}) {
        const Run onEmpty = cli(empty, {command});
        CHECK(onEmpty.exitCode == 1);
        CHECK(onEmpty.err.contains(QStringLiteral("empty")));
        CHECK(QFileInfo(empty).size() == 0);
        const Run onForeign = cli(foreign, {command});
        CHECK(onForeign.exitCode == 1);
        CHECK(ordo::test::sha256Of(foreign) == foreignBefore);
    }
    // Nothing new beside them: no -wal, no -shm.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 2);

    // A database of this Ordo read by `stats` keeps its bytes.
    const QString ordoFile = dir.filePath(QStringLiteral("ordo.sqlite"));
    REQUIRE(cli(ordoFile, {QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")}).exitCode == 0);
    const QByteArray before = ordo::test::sha256Of(ordoFile);
    CHECK(cli(ordoFile, {QStringLiteral("stats")}).exitCode == 0);
    CHECK(cli(ordoFile, {QStringLiteral("check")}).exitCode == 0);
    CHECK(ordo::test::sha256Of(ordoFile) == before);
}

TEST_CASE("a database file or folder Ordo may not write to says so, and the file is left as it was", "[multiprocess][errors]")
{
    // Permissions do not stop root: as root the commands run as the user 'nobody'.
    const bool root = ::geteuid() == 0;
    if (root && QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty()) {
        WARN("runuser is missing: the permission test cannot run as root here");
        return;
    }
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                          QFileDevice::ExeGroup);
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    // A fixed day: which orders wait in which step depends on the demo's "today".
    REQUIRE(cli(path, {QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small"), QStringLiteral("--today"),
                       QStringLiteral("2026-11-27")})
                .exitCode == 0);
    const QString number = firstOrderIn(path, QStringLiteral("Quote sent"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const QByteArray before = ordo::test::sha256Of(path);

    auto asUser = [&](const QStringList &arguments) {
        QStringList full{QStringLiteral("--database"), path};
        full += arguments;
        if (!root)
            return run(QStringLiteral(ORDO_CLI_PATH), full);
        full.prepend(QStringLiteral(ORDO_CLI_PATH));
        full.prepend(QStringLiteral("--"));
        full.prepend(QStringLiteral("nobody"));
        full.prepend(QStringLiteral("-u"));
        return run(QStringLiteral("runuser"), full);
    };
    const Run refused = asUser({QStringLiteral("orders"), QStringLiteral("move"), number, QStringLiteral("Quote accepted")});
    CHECK(refused.exitCode == 1);
    INFO(refused.err.toStdString());
    CHECK(refused.err.startsWith(QStringLiteral("Ordo cannot write to")));
    CHECK(ordo::test::sha256Of(path) == before);

    // The folder too: SQLite keeps its journal beside the database.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                    QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    const Run folder = asUser({QStringLiteral("orders"), QStringLiteral("move"), number, QStringLiteral("Quote accepted")});
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    CHECK(folder.exitCode == 1);
    INFO(folder.err.toStdString());
    CHECK(folder.err.startsWith(QStringLiteral("Ordo cannot write to the folder")));
}
