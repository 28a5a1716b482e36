#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoiceNumbering.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/Checks.h"

#include "support/TestDatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <map>
#include <numeric>
#include <vector>

using namespace ordo;
using namespace ordo::test;

namespace {

const QDateTime today(QDate(2026, 11, 27), QTime(12, 0), QTimeZone("Europe/Madrid"));

// A fingerprint of every row Ordo keeps, in id order: equal fingerprints mean equal data.
QByteArray fingerprint(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &table : DatabaseChecks::tables() + QStringList{QStringLiteral("verifactu_records")}) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)));
        while (q.next()) {
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i) {
                // Creation stamps of the default workflow depend on the clock of the run, not on the demo.
                if (table.startsWith(QLatin1String("workflow")) && r.fieldName(i) == QLatin1String("created_at"))
                    continue;
                hash.addData(r.value(i).toString().toUtf8());
                hash.addData("|");
            }
        }
    }
    return hash.result().toHex();
}

DemoReport generate(Database &db, quint64 seed, DemoSize size = DemoSize::Small)
{
    DemoGenerator::Options options;
    options.seed = seed;
    options.size = size;
    options.now = today;
    auto report = DemoGenerator(db).generate(options);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    return *report;
}

// Rows of (counter name, number) from `sql`, grouped by counter.
std::map<QString, std::vector<qint64>> numbersByCounter(Database &db, const QString &sql)
{
    std::map<QString, std::vector<qint64>> numbers;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    while (q.next())
        numbers[q.value(0).toString()].push_back(q.value(1).toLongLong());
    return numbers;
}

// Each counter's numbers are exactly 1..N, each once, and the counter in `sequences` stands at N;
// no counter is left without numbers.
void checkNumberedOneToN(Database &db, const QString &numbersSql, const QString &counterPrefix)
{
    const auto numbers = numbersByCounter(db, numbersSql);
    const auto counters = numbersByCounter(db, QStringLiteral("SELECT name, value FROM sequences WHERE name LIKE '%1%'")
                                                   .arg(counterPrefix));
    REQUIRE_FALSE(numbers.empty());
    CHECK(numbers.size() == counters.size());
    for (auto [counter, given] : numbers) {
        INFO(counter.toStdString());
        std::sort(given.begin(), given.end());
        std::vector<qint64> oneToN(given.size());
        std::iota(oneToN.begin(), oneToN.end(), qint64(1));
        CHECK(given == oneToN);
        REQUIRE(counters.count(counter) == 1);
        CHECK(counters.at(counter) == std::vector<qint64>{qint64(given.size())});
    }
}

} // namespace

TEST_CASE("the same seed and day give the same demo company, row for row", "[demo]")
{
    TestDatabase a;
    TestDatabase b;
    TestDatabase c;
    generate(*a, 42);
    generate(*b, 42);
    generate(*c, 43);
    CHECK(fingerprint(*a) == fingerprint(*b));
    CHECK(fingerprint(*a) != fingerprint(*c));
}

TEST_CASE("the small demo is a plausible company: some orders open, all sound", "[demo]")
{
    TestDatabase db;
    const DemoReport report = generate(*db, 1);
    CHECK(report.orders == 50);
    CHECK(report.openOrders > 5);
    CHECK(report.openOrders < 50);
    CHECK(report.staff == 7);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM work_orders")) == 50);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM appointments")) == report.appointments);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM order_events")) == report.events);

    auto check = DatabaseChecks(*db).check();
    REQUIRE(check.ok());
    INFO(check->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(check->sound());

    // Every order's current step is where its last recorded move took it.
    CHECK(rawCount(*db, QStringLiteral(
              "SELECT count(*) FROM work_orders o WHERE o.step_id <> coalesce((SELECT e.to_step_id FROM order_events e "
              "WHERE e.order_id = o.id AND e.kind IN ('created', 'step_moved') ORDER BY e.at DESC, e.id DESC LIMIT 1), 0)")) == 0);
    // Nothing happens in the future, and appointments still ahead are planned.
    const qint64 now = today.toSecsSinceEpoch();
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM order_events WHERE at > %1").arg(now)) == 0);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM appointments WHERE starts_at > %1 AND status = 'done'").arg(now)) == 0);
    // Order numbers run 1..N in each year, and the year's counter stands at N.
    checkNumberedOneToN(*db, QStringLiteral("SELECT 'work_order:' || substr(number, 4, 4), CAST(substr(number, 9) AS INTEGER) "
                                            "FROM work_orders"),
                        QStringLiteral("work_order:"));
}

TEST_CASE("the medium demo shows the process's real shapes: skipped visits, returns, cancellations", "[demo]")
{
    TestDatabase db;
    const DemoReport report = generate(*db, 7, DemoSize::Medium);
    CHECK(report.orders == 5000);
    CHECK(report.openOrders > 100);
    // Repairs mostly go straight from the call to installation, skipping the estimate visit.
    const qint64 skipped = rawCount(*db, QStringLiteral(
        "SELECT count(*) FROM order_events e JOIN steps f ON f.id = e.from_step_id JOIN steps t ON t.id = e.to_step_id "
        "WHERE e.kind = 'step_moved' AND f.position = 0 AND t.position = 4"));
    CHECK(skipped > 500);
    // Some quotes go back for a second visit; some orders are cancelled.
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM order_events e JOIN steps f ON f.id = e.from_step_id "
                                       "JOIN steps t ON t.id = e.to_step_id WHERE f.position = 2 AND t.position = 1")) > 50);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM work_orders o JOIN steps s ON s.id = o.step_id "
                                       "WHERE s.kind = 'cancelled'")) > 200);
    auto check = DatabaseChecks(*db).check();
    REQUIRE(check.ok());
    CHECK(check->sound());
    // The search indexes in one piece each, as after years of merges: the bookings that follow do
    // not merge a dozen pieces at once (80-170 ms inside one booking on the huge demo).
    if (db->dialect() == Database::Dialect::SQLite) {
        CHECK(rawCount(*db, QStringLiteral("SELECT count(DISTINCT segid) FROM order_search_idx")) == 1);
        CHECK(rawCount(*db, QStringLiteral("SELECT count(DISTINCT segid) FROM customer_search_idx")) == 1);
    }
}

TEST_CASE("demo data never goes into a database that already has data", "[demo]")
{
    TestDatabase db;
    addCustomer(*db);
    DemoGenerator::Options options;
    auto refused = DemoGenerator(*db).generate(options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM work_orders")) == 0);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM staff")) == 0);
}

TEST_CASE("a busy demo leaves more orders open, as asked; its assets are the customers' own, named after they were installed",
          "[demo][assets]")
{
    TestDatabase usual;
    const DemoReport few = generate(*usual, 3);
    TestDatabase busy;
    DemoGenerator::Options options;
    options.seed = 3;
    options.now = today;
    options.openOrders = 30;
    auto many = DemoGenerator(*busy).generate(options);
    REQUIRE(many.ok());
    CHECK(many->orders == few.orders);
    CHECK(many->openOrders > few.openOrders);
    CHECK(many->openOrders >= 20);
    CHECK(rawCount(*busy, QStringLiteral("SELECT count(*) FROM work_orders WHERE is_open = 1")) == many->openOrders);

    // The assets: written, each order naming only its own customer's, never one installed after it.
    CHECK(few.assets > 0);
    CHECK(rawCount(*usual, QStringLiteral("SELECT count(*) FROM assets")) == few.assets);
    CHECK(rawCount(*usual, QStringLiteral("SELECT count(*) FROM asset_orders l JOIN assets a ON a.id = l.asset_id "
                                          "JOIN work_orders o ON o.id = l.order_id WHERE a.customer_id <> o.customer_id")) == 0);
    CHECK(rawCount(*usual, QStringLiteral("SELECT count(*) FROM asset_orders l JOIN assets a ON a.id = l.asset_id "
                                          "WHERE l.reason <> 'installed' AND l.linked_at < a.created_at AND a.source_order_id IS NOT NULL")) == 0);
}

TEST_CASE("the demo never books anyone twice at the same time", "[demo]")
{
    TestDatabase db;
    generate(*db, 5, DemoSize::Medium);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM appointments a JOIN appointments b ON b.staff_id = a.staff_id "
                                       "AND b.id > a.id AND b.starts_at < a.ends_at AND b.ends_at > a.starts_at")) == 0);
}

TEST_CASE("the demo's invoices are numbered without gaps in issue order and their chain verifies", "[demo][billing]")
{
    TestDatabase db;
    const DemoReport report = generate(*db, 9, DemoSize::Medium);
    CHECK(report.invoices > 500);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM invoices WHERE status = 'issued'")) == report.invoices);
    // Numbers follow issue dates.
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM invoices a JOIN invoices b ON b.chain_index = a.chain_index + 1 "
                                       "WHERE b.issued_at < a.issued_at")) == 0);
    auto check = InvoiceLedger(*db).verifyChain();
    REQUIRE(check.ok());
    CHECK(check->ok());
    CHECK(check->checked == report.invoices);
    // Each series and year numbered exactly 1..N, its counter at N, and every number written as
    // InvoiceLedger writes it; the database checks (ordo-cli check) find the counters sound.
    checkNumberedOneToN(*db, QStringLiteral("SELECT 'invoice:' || series || ':' || year, sequence FROM invoices "
                                            "WHERE status <> 'draft'"),
                        QStringLiteral("invoice:"));
    CHECK(numbersByCounter(*db, QStringLiteral("SELECT 'invoice:' || series || ':' || year, 0 FROM invoices")).size() >= 2);
    QSqlQuery numbers(db->connection());
    REQUIRE(numbers.exec(QStringLiteral("SELECT number, series, year, sequence FROM invoices")));
    while (numbers.next())
        CHECK(numbers.value(0).toString() == ordo::invoicing::formatNumber(numbers.value(1).toString(), numbers.value(2).toInt(),
                                                                           numbers.value(3).toLongLong()));
    auto sound = DatabaseChecks(*db).check();
    REQUIRE(sound.ok());
    INFO(sound->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(sound->sound());
    // Each invoice has its one registro de alta, stamped the day it was issued, in the order of the
    // invoices' own chain; verifyChain above recomputed every Huella and link of that chain.
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM verifactu_records WHERE kind = 'alta'")) == report.invoices);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM invoices i JOIN verifactu_records r ON r.invoice_id = i.id "
                                       "WHERE r.chain_index = i.chain_index AND r.invoice_number = i.number "
                                       "AND r.issue_date = substr(r.generated_at, 9, 2) || '-' || substr(r.generated_at, 6, 2) "
                                       "|| '-' || substr(r.generated_at, 1, 4)")) == report.invoices);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM verifactu_records WHERE previous_huella = ''")) == 1);
    // Every paid demo order of the invoicing period has its payment.
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM payments")) > 0);
}
