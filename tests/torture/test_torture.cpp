// Torture: several writer processes on ONE SQLite file, killed with SIGKILL at random moments and
// started again, beside a process that holds the desktop's board models with their worker threads.
// Afterwards, on a fresh connection: the file is sound, and every write that was acknowledged (a
// line printed after COMMIT, or an ordo-cli run that exited 0) is there exactly once.
//
// ORDO_TORTURE_SEED replays the random choices of a run (its seed is printed first);
// ORDO_TORTURE_SECONDS changes how long the writers run (default 50).

#include "support/TestDatabase.h"

#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <random>

using namespace ordo;
using namespace ordo::test;

namespace {

const QString OnHold = QStringLiteral("On hold");

struct MoveAck { QString order, step, note; };
struct IssueAck { QString order, number; };
struct LineAck { QString order, text; };   // a booking (text: its title) or a note (text: its body)

enum class Kind { Mover, Issuer, Booker, Board };

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::Mover: return "orders move";
    case Kind::Issuer: return "invoice issue";
    case Kind::Booker: return "booker";
    case Kind::Board: return "board";
    }
    return "?";
}

struct Child
{
    Kind kind = Kind::Mover;
    int slot = 0;
    QProcess *process = nullptr;
    QByteArray out;
    QByteArray err;
    bool killed = false;
    // For the ordo-cli runs: what this run was asked to do.
    QString order, target, note;
};

class Torture
{
public:
    Torture(QString path, quint64 seed, int seconds) : m_path(std::move(path)), m_random(seed), m_seconds(seconds) {}

    QStringList moveOrders;       // two slots share them: slot k takes every other order
    QHash<QString, QString> home; // an order's own step; its moves go between it and "On hold"
    QStringList issueOrders;
    QStringList boardOrders;

    QList<MoveAck> moves;
    QList<IssueAck> issues;
    QList<LineAck> bookings;
    QList<LineAck> notes;
    int kills = 0;
    QMap<QString, int> killsOf;
    int starts = 0;
    QMap<QString, int> failures;  // first line of stderr of a refused run → how many times

    void run()
    {
        for (const QString &o : std::as_const(moveOrders))
            m_at.insert(o, home.value(o));
        for (int slot = 0; slot < 2; ++slot)
            startMover(slot);
        startIssuer(0);
        for (int slot = 0; slot < 2; ++slot)
            startWriter(Kind::Booker, slot);
        startWriter(Kind::Board, 0);
        scheduleKill();
        QTimer::singleShot(m_seconds * 1000, &m_loop, [this] { stop(); });
        m_loop.exec();
    }

private:
    QString m_path;
    std::mt19937_64 m_random;
    int m_seconds;
    QEventLoop m_loop;
    QList<Child *> m_children;
    bool m_stopping = false;
    int m_generation = 0;
    int m_runs = 0;
    int m_nextIssue = 0;
    QHash<QString, QString> m_at;         // where each mover's order is believed to be
    QHash<int, int> m_nextMove;

    int uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

    Child *launch(Kind kind, int slot, const QString &program, const QStringList &arguments)
    {
        auto *c = new Child;
        c->kind = kind;
        c->slot = slot;
        c->process = new QProcess(&m_loop);  // deleted with the loop at the latest
        if (kind == Kind::Board) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            c->process->setProcessEnvironment(env);
        }
        QObject::connect(c->process, &QProcess::readyReadStandardOutput, &m_loop, [this, c] {
            c->out += c->process->readAllStandardOutput();
            takeLines(c);
        });
        QObject::connect(c->process, &QProcess::readyReadStandardError, &m_loop,
                         [c] { c->err += c->process->readAllStandardError(); });
        QObject::connect(c->process, &QProcess::finished, &m_loop, [this, c](int code, QProcess::ExitStatus status) {
            c->out += c->process->readAllStandardOutput();
            c->err += c->process->readAllStandardError();
            finished(c, status == QProcess::NormalExit ? code : -1);
        });
        QObject::connect(c->process, &QProcess::errorOccurred, &m_loop, [this, c](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return;  // a crash or a kill: finished() follows
            FAIL_CHECK("could not start " << kindName(c->kind) << ": " << c->process->errorString().toStdString());
            finished(c, -1);
        });
        m_children << c;
        ++starts;
        c->process->start(program, arguments);
        return c;
    }

    // Lines printed by the long-running writers, each one a committed write. A line cut by a kill
    // (no newline) was never acknowledged.
    void takeLines(Child *c)
    {
        if (c->kind != Kind::Booker && c->kind != Kind::Board)
            return;
        qsizetype end;
        while ((end = c->out.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(c->out.left(end));
            c->out.remove(0, end + 1);
            const QStringList words = line.split(QLatin1Char(' '));
            if (words.size() < 3) {
                FAIL_CHECK("a writer printed an unexpected line: " << line.toStdString());
                continue;
            }
            const LineAck ack{words[1], words.mid(2).join(QLatin1Char(' '))};
            if (words[0] == QLatin1String("booked"))
                bookings << ack;
            else if (words[0] == QLatin1String("noted"))
                notes << ack;
            else
                FAIL_CHECK("a writer printed an unexpected line: " << line.toStdString());
        }
    }

    void startWriter(Kind kind, int slot)
    {
        const QString tag = QStringLiteral("%1%2g%3").arg(kind == Kind::Board ? QStringLiteral("w") : QStringLiteral("b"))
                                .arg(slot).arg(++m_generation);
        if (kind == Kind::Booker)
            launch(kind, slot, QStringLiteral(ORDO_TORTURE_BOOKER), {m_path, tag});
        else
            launch(kind, slot, QStringLiteral(ORDO_TORTURE_BOARD), QStringList{m_path, tag} + boardOrders);
    }

    void startMover(int slot)
    {
        // Slot k moves orders k, k+2, k+4…: two runs never move the same order at once.
        int &next = m_nextMove[slot];
        const int count = static_cast<int>(moveOrders.size() / 2);
        const QString order = moveOrders[slot + 2 * (next++ % count)];
        const QString target = m_at.value(order) == OnHold ? home.value(order) : OnHold;
        const QString note = QStringLiteral("torture move %1").arg(++m_runs);
        Child *c = launch(Kind::Mover, slot, QStringLiteral(ORDO_CLI_PATH),
                          {QStringLiteral("--database"), m_path, QStringLiteral("orders"), QStringLiteral("move"), order,
                           target, QStringLiteral("--note"), note, QStringLiteral("--json")});
        c->order = order;
        c->target = target;
        c->note = note;
    }

    void startIssuer(int slot)
    {
        if (m_nextIssue >= issueOrders.size())
            return;
        const QString order = issueOrders[m_nextIssue++];
        Child *c = launch(Kind::Issuer, slot, QStringLiteral(ORDO_CLI_PATH),
                          {QStringLiteral("--database"), m_path, QStringLiteral("invoice"), QStringLiteral("issue"), order,
                           QStringLiteral("--json")});
        c->order = order;
    }

    QJsonObject json(const Child *c)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(c->out, &error);
        if (error.error != QJsonParseError::NoError) {
            FAIL_CHECK(kindName(c->kind) << " exited 0 with output that is not JSON: " << c->out.toStdString());
            return {};
        }
        return doc.object();
    }

    void finished(Child *c, int exitCode)
    {
        takeLines(c);
        if (exitCode != 0 && !c->killed && !m_stopping) {
            // Grouped by message, whatever the order: "WO-2026-00041 is already in …" is one line.
            static const QRegularExpression number(QStringLiteral("WO-\\d+-\\d+"));
            const QString first = QString::fromUtf8(c->err).section(QLatin1Char('\n'), 0, 0).left(160).replace(number, QStringLiteral("WO-…"));
            failures[QStringLiteral("%1: %2").arg(QLatin1String(kindName(c->kind)), first)] += 1;
        }
        switch (c->kind) {
        case Kind::Mover:
            if (exitCode == 0) {
                const QJsonObject order = json(c).value(QStringLiteral("order")).toObject();
                CHECK(order.value(QStringLiteral("number")).toString() == c->order);
                moves << MoveAck{c->order, order.value(QStringLiteral("step")).toString(), c->note};
                m_at[c->order] = c->target;
            } else {
                // Killed (the move may or may not have been saved) or refused: the order is probably
                // at the other end; a wrong guess is refused and corrected the next time.
                m_at[c->order] = m_at.value(c->order) == OnHold ? home.value(c->order) : OnHold;
            }
            if (!m_stopping)
                startMover(c->slot);
            break;
        case Kind::Issuer:
            if (exitCode == 0) {
                const QJsonObject invoice = json(c).value(QStringLiteral("invoice")).toObject();
                CHECK(invoice.value(QStringLiteral("order")).toString() == c->order);
                issues << IssueAck{c->order, invoice.value(QStringLiteral("number")).toString()};
            }
            if (!m_stopping)
                startIssuer(c->slot);
            break;
        case Kind::Booker:
        case Kind::Board:
            if (!c->killed && !m_stopping)
                FAIL_CHECK(kindName(c->kind) << " stopped by itself with " << exitCode << ": " << c->err.toStdString());
            else if (!m_stopping)
                startWriter(c->kind, c->slot);
            break;
        }
        m_children.removeOne(c);
        c->process->deleteLater();
        delete c;
        if (m_stopping && m_children.isEmpty())
            m_loop.quit();
    }

    void scheduleKill()
    {
        QTimer::singleShot(uniform(30, 900), &m_loop, [this] {
            if (m_stopping)
                return;
            QList<Child *> running;
            for (Child *c : std::as_const(m_children))
                if (c->process->state() == QProcess::Running && !c->killed)
                    running << c;
            if (!running.isEmpty()) {
                Child *victim = running[uniform(0, static_cast<int>(running.size()) - 1)];
                victim->killed = true;
                victim->process->kill();  // SIGKILL
                ++kills;
                ++killsOf[QString::fromLatin1(kindName(victim->kind))];
            }
            scheduleKill();
        });
    }

    void stop()
    {
        m_stopping = true;
        // The writers that never end are killed like the others; the ordo-cli runs finish.
        for (Child *c : std::as_const(m_children))
            if (c->kind == Kind::Booker || c->kind == Kind::Board) {
                c->killed = true;
                c->process->kill();
            }
        if (m_children.isEmpty())
            m_loop.quit();
        // An ordo-cli run waits at most its busy timeout: one still running after a minute is stuck.
        QTimer::singleShot(60000, &m_loop, [this] {
            for (Child *c : std::as_const(m_children)) {
                FAIL_CHECK(kindName(c->kind) << " still running a minute after the end");
                c->killed = true;
                c->process->kill();
            }
        });
    }
};

QList<QVariantList> select(Database &db, const QString &sql, const QVariantList &values = {})
{
    // A damaged file may fail a query: that is reported and the checks go on (the rows are missing).
    auto q = db.run(sql, values);
    QList<QVariantList> rows;
    if (!q) {
        FAIL_CHECK(sql.toStdString() << ": " << q.error().message.toStdString());
        return rows;
    }
    while (q->next()) {
        QVariantList row;
        for (int i = 0; i < q->record().count(); ++i)
            row << q->value(i);
        rows << row;
    }
    return rows;
}

} // namespace

TEST_CASE("torture: writers killed at random on one database lose no acknowledged write", "[torture]")
{
    const quint64 seed = qEnvironmentVariableIsSet("ORDO_TORTURE_SEED") ? qEnvironmentVariable("ORDO_TORTURE_SEED").toULongLong()
                                                                         : QRandomGenerator::system()->generate64();
    const int seconds = qEnvironmentVariableIsSet("ORDO_TORTURE_SECONDS") ? qEnvironmentVariableIntValue("ORDO_TORTURE_SECONDS") : 50;
    std::printf("torture: seed %llu (replay with ORDO_TORTURE_SEED=%llu), %d s\n", static_cast<unsigned long long>(seed),
                static_cast<unsigned long long>(seed), seconds);
    std::fflush(stdout);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("torture.sqlite"));
    {
        QProcess demo;
        demo.start(QStringLiteral(ORDO_CLI_PATH), {QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--size"),
                                                   QStringLiteral("small"), QStringLiteral("--seed"), QStringLiteral("3"),
                                                   QStringLiteral("--today"), QStringLiteral("2026-11-27")});
        REQUIRE(demo.waitForFinished(120000));
        INFO(demo.readAllStandardError().toStdString());
        REQUIRE(demo.exitCode() == 0);
    }

    Torture torture(path, seed, seconds);
    {
        // Before any writer starts, and closed before they do: this process holds no connection
        // while they run.
        auto opened = Database::open(path, Database::OpenMode::MustExist);
        REQUIRE(opened.ok());
        Database &db = **opened;
        addCompanyProfile(db);
        // Orders for the movers and for the board: open ones, in steps they can leave for "On hold" and come back to.
        const auto open = select(db, QStringLiteral("SELECT w.number, s.name FROM work_orders w JOIN steps s ON s.id = w.step_id "
                                                    "WHERE w.is_open = 1 AND s.name IN ('Call received', 'Quote sent', "
                                                    "'Installation scheduled', 'In progress') ORDER BY w.id"));
        REQUIRE(open.size() >= 10);
        for (int i = 0; i < 10; ++i) {
            const QString number = open[i][0].toString();
            if (i < 6) {
                torture.moveOrders << number;
                torture.home.insert(number, open[i][1].toString());
            } else {
                torture.boardOrders << number;
            }
        }
        // Orders with lines for the issuer, one invoice each.
        Customer customer;
        customer.name = QStringLiteral("Torture Invoices S.A.");
        customer.taxId = QStringLiteral("A12345674");
        customer.address = QStringLiteral("Calle Mayor 12");
        auto customerId = CustomerRepository(db).add(customer);
        REQUIRE(customerId.ok());
        Transaction tx(db);
        REQUIRE(tx.begin().ok());
        for (int i = 0; i < 400; ++i) {
            NewWorkOrder n;
            n.customerId = *customerId;
            n.title = QStringLiteral("Torture invoice %1").arg(i);
            n.lines = {{0, 0, QStringLiteral("Labour"), 1000, 3800 + i, 2100, 0}};
            auto o = WorkOrderService(db).create(n, Actor{std::nullopt, QStringLiteral("Torture")});
            REQUIRE(o.ok());
            torture.issueOrders << o->number;
        }
        REQUIRE(tx.commit().ok());
    }

    QElapsedTimer clock;
    clock.start();
    torture.run();
    const double elapsed = clock.elapsed() / 1000.0;

    // Everything has stopped. First ordo-cli's own check, then a fresh connection of this process.
    QProcess check;
    check.start(QStringLiteral(ORDO_CLI_PATH), {QStringLiteral("--database"), path, QStringLiteral("check")});
    REQUIRE(check.waitForFinished(120000));
    const QString checkOutput = QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
    INFO("ordo-cli check: " << checkOutput.toStdString());
    CHECK(check.exitStatus() == QProcess::NormalExit);
    CHECK(check.exitCode() == 0);
    CHECK(checkOutput.contains(QStringLiteral("sound")));

    auto opened = Database::open(path, Database::OpenMode::MustExist);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    Database &db = **opened;
    const auto integrity = select(db, QStringLiteral("PRAGMA integrity_check"));
    REQUIRE_FALSE(integrity.isEmpty());
    CHECK(integrity.first().first().toString() == QStringLiteral("ok"));

    QStringList lost;
    // Moves: each in its order's history exactly once, and in the order they were acknowledged.
    QHash<QString, QStringList> movesByOrder;
    for (const MoveAck &m : std::as_const(torture.moves)) {
        const auto rows = select(db, QStringLiteral("SELECT w.number, e.kind, e.new_value FROM order_events e JOIN work_orders w "
                                                    "ON w.id = e.order_id WHERE e.note = ? AND e.kind = 'step_moved'"), {m.note});
        if (rows.size() != 1 || rows[0][0].toString() != m.order || rows[0][1].toString() != QLatin1String("step_moved") ||
            rows[0][2].toString() != m.step)
            lost << QStringLiteral("move %1 of %2 to %3 (%4 rows)").arg(m.note, m.order, m.step).arg(rows.size());
        movesByOrder[m.order] << m.note;
    }
    for (auto it = movesByOrder.cbegin(); it != movesByOrder.cend(); ++it) {
        const QSet<QString> acknowledged(it->cbegin(), it->cend());
        QStringList history;
        for (const auto &row : select(db, QStringLiteral("SELECT e.note FROM order_events e JOIN work_orders w ON w.id = e.order_id "
                                                         "WHERE w.number = ? AND e.kind = 'step_moved' ORDER BY e.id"), {it.key()}))
            if (acknowledged.contains(row[0].toString()))
                history << row[0].toString();
        if (history != *it && history.size() == it->size())
            lost << QStringLiteral("the moves of %1 are out of order in its history").arg(it.key());
    }
    // Invoices: each acknowledged number once, on its order; every series numbered 1, 2, 3… without a gap.
    for (const IssueAck &i : std::as_const(torture.issues)) {
        const auto rows = select(db, QStringLiteral("SELECT w.number, i.status FROM invoices i JOIN work_orders w ON w.id = i.order_id "
                                                    "WHERE i.number = ?"), {i.number});
        if (rows.size() != 1 || rows[0][0].toString() != i.order || rows[0][1].toString() == QLatin1String("draft"))
            lost << QStringLiteral("invoice %1 of %2 (%3 rows)").arg(i.number, i.order).arg(rows.size());
    }
    QString series;
    qint64 year = -1, expected = 1;
    int numbered = 0;
    for (const auto &row : select(db, QStringLiteral("SELECT series, year, sequence, number FROM invoices WHERE number IS NOT NULL "
                                                     "ORDER BY kind, series, year, sequence"))) {
        if (row[0].toString() != series || row[1].toLongLong() != year) {
            series = row[0].toString();
            year = row[1].toLongLong();
            expected = 1;
        }
        if (row[2].toLongLong() != expected)
            lost << QStringLiteral("invoice numbering: %1 where sequence %2 was due").arg(row[3].toString()).arg(expected);
        expected = row[2].toLongLong() + 1;
        ++numbered;
    }
    // Bookings: the order once, with its visit.
    for (const LineAck &b : std::as_const(torture.bookings)) {
        const auto rows = select(db, QStringLiteral("SELECT w.number, (SELECT count(*) FROM appointments a WHERE a.order_id = w.id) "
                                                    "FROM work_orders w WHERE w.title = ?"), {b.text});
        if (rows.size() != 1 || rows[0][0].toString() != b.order || rows[0][1].toInt() != 1)
            lost << QStringLiteral("booking %1 (%2) (%3 rows)").arg(b.text, b.order).arg(rows.size());
    }
    // The board process's own notes.
    for (const LineAck &n : std::as_const(torture.notes)) {
        const auto rows = select(db, QStringLiteral("SELECT w.number FROM order_notes n JOIN work_orders w ON w.id = n.order_id "
                                                    "WHERE n.body = ?"), {n.text});
        if (rows.size() != 1 || rows[0][0].toString() != n.order)
            lost << QStringLiteral("note %1 on %2 (%3 rows)").arg(n.text, n.order).arg(rows.size());
    }

    const qsizetype writes = torture.moves.size() + torture.issues.size() + torture.bookings.size() + torture.notes.size();
    QStringList killed;
    for (auto it = torture.killsOf.cbegin(); it != torture.killsOf.cend(); ++it)
        killed << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    std::printf("torture: %lld moves, %lld invoices issued, %lld bookings, %lld notes from the board process; "
                "%d processes started in %.0f s; killed: %s\n",
                static_cast<long long>(torture.moves.size()), static_cast<long long>(torture.issues.size()),
                static_cast<long long>(torture.bookings.size()), static_cast<long long>(torture.notes.size()), torture.starts, elapsed,
                qPrintable(killed.join(QStringLiteral(", "))));
    for (auto it = torture.failures.cbegin(); it != torture.failures.cend(); ++it)
        std::printf("torture: refused %d× — %s\n", it.value(), qPrintable(it.key()));
    for (const QString &l : lost.mid(0, 20))
        std::printf("torture: LOST %s\n", qPrintable(l));
    std::printf("torture: %lld writes, %d kills, %lld lost\n", static_cast<long long>(writes), torture.kills,
                static_cast<long long>(lost.size()));
    std::fflush(stdout);

    CHECK(lost.isEmpty());
    // Not vacuous: every kind of writer got writes through, and there were kills.
    CHECK(torture.moves.size() > 0);
    CHECK(torture.issues.size() > 0);
    CHECK(torture.bookings.size() > 0);
    CHECK(torture.notes.size() > 0);
    CHECK(torture.kills > 0);
}
