// Several processes on one SQLite file, as in an office: the desktop (this process, with a second
// connection like the board's worker), ordo-cli from a script, and a third program reading.

#include "orders/WorkOrderService.h"
#include "storage/Database.h"

#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace ordo;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
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
