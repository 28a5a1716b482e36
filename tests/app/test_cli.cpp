#include "support/ProcessRun.h"
#include "support/TestDatabase.h"

#include "core/usecases/Company.h"

#include "CommandRegistry.h"

#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoiceNumbering.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace ordo::test;

namespace {


Run cli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(ORDO_CLI_PATH), arguments);
}

// A database with the small demo company in a temporary folder (or, when the tests run on the
// PostgreSQL test cluster, in a database of its own there).
struct DemoFile
{
    DemoFile()
    {
        REQUIRE(dir.isValid());
        if (onServer())
            path = createServerDatabase(&serverDatabase);
        const Run r = cli({QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--size"),
                           QStringLiteral("small"), QStringLiteral("--seed"), QStringLiteral("3"),
                           QStringLiteral("--today"), QStringLiteral("2026-11-27")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    Run operator()(QStringList arguments) const
    {
        arguments.prepend(path);
        arguments.prepend(QStringLiteral("--database"));
        return cli(arguments);
    }
    ~DemoFile()
    {
        if (!serverDatabase.isEmpty())
            dropServerDatabase(serverDatabase);
    }
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QString serverDatabase;
};

// The issuer data every invoice needs.
void setUpCompany(ordo::Database &db)
{
    ordo::CompanyProfile company;
    company.legalName = QStringLiteral("Ventanas Sol S.L.");
    company.taxId = QStringLiteral("B12345678");
    company.address = QStringLiteral("Calle del Sol 5");
    company.postcode = QStringLiteral("28004");
    company.city = QStringLiteral("Madrid");
    company.iban = QStringLiteral("ES91 2100 0418 4502 0005 1332");
    REQUIRE(ordo::CompanyProfiles(db).save(company).ok());
}

QJsonObject firstOrderIn(const DemoFile &db, const QString &step)
{
    const Run list = db({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--step"), step,
                         QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray orders = list.json().value(QStringLiteral("orders")).toArray();
    REQUIRE_FALSE(orders.isEmpty());
    return orders.first().toObject();
}

} // namespace

TEST_CASE("demo then stats: the counts per table and the schema version, as JSON", "[cli]")
{
    DemoFile db;
    const Run r = db({QStringLiteral("stats"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = r.json();
    CHECK(json.value(QStringLiteral("schema_version")).toInt() == ordo::Database::CurrentSchemaVersion);
    const QJsonObject tables = json.value(QStringLiteral("tables")).toObject();
    CHECK(tables.value(QStringLiteral("work_orders")).toInt() == 50);
    CHECK(tables.value(QStringLiteral("staff")).toInt() == 7);
    CHECK(tables.value(QStringLiteral("steps")).toInt() == 11);
    CHECK(tables.value(QStringLiteral("order_events")).toInt() > 50);
}

TEST_CASE("check exits 0 on a sound database and 1 on a broken one", "[cli]")
{
    DemoFile db;
    const Run sound = db({QStringLiteral("check")});
    CHECK(sound.exitCode == 0);
    CHECK(sound.out.contains(QStringLiteral("sound")));

    {
        auto opened = ordo::Database::open(db.path);
        REQUIRE(opened.ok());
        rawExec(**opened, QStringLiteral("UPDATE work_orders SET responsible_id = NULL WHERE is_open = 1"));
    }
    const Run broken = db({QStringLiteral("check")});
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("nobody is responsible")));
}

TEST_CASE("workflow show lists the steps in order with their transitions", "[cli]")
{
    DemoFile db;
    const Run r = db({QStringLiteral("workflow"), QStringLiteral("show"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject wf = r.json().value(QStringLiteral("workflow")).toObject();
    const QJsonArray steps = wf.value(QStringLiteral("steps")).toArray();
    REQUIRE(steps.size() == 11);
    const QJsonObject first = steps.first().toObject();
    CHECK(first.value(QStringLiteral("name")).toString() == QStringLiteral("Call received"));
    CHECK(first.value(QStringLiteral("initial")).toBool());
    CHECK(first.value(QStringLiteral("responsible_role")).toString() == QStringLiteral("reception"));
    CHECK(first.value(QStringLiteral("target_minutes")).toInt() == 240);
    CHECK(first.value(QStringLiteral("transitions_to")).toArray().contains(QStringLiteral("Estimate visit scheduled")));

    const Run text = db({QStringLiteral("workflow"), QStringLiteral("show")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Quote sent")));
}

TEST_CASE("orders list filters by step, and orders show tells the order's story", "[cli]")
{
    DemoFile db;
    const Run list = db({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--step"),
                         QStringLiteral("paid"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray orders = list.json().value(QStringLiteral("orders")).toArray();
    REQUIRE_FALSE(orders.isEmpty());
    for (const auto &o : orders)
        CHECK(o.toObject().value(QStringLiteral("step")).toString() == QStringLiteral("Paid"));
    CHECK(list.json().value(QStringLiteral("total")).toInt() == orders.size());

    const QString number = orders.first().toObject().value(QStringLiteral("number")).toString();
    const Run show = db({QStringLiteral("orders"), QStringLiteral("show"), number, QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    const QJsonObject json = show.json();
    CHECK(json.value(QStringLiteral("order")).toObject().value(QStringLiteral("number")).toString() == number);
    const QJsonArray history = json.value(QStringLiteral("history")).toArray();
    REQUIRE(history.size() >= 2);
    CHECK(history.first().toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("created"));
    CHECK(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("total_cents")).toInteger() > 0);

    const Run text = db({QStringLiteral("orders"), QStringLiteral("show"), number});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("moved it from")));
}

TEST_CASE("orders move follows the map, sets the responsible person and records who did it", "[cli]")
{
    DemoFile db;
    const QString number = firstOrderIn(db, QStringLiteral("Quote sent")).value(QStringLiteral("number")).toString();
    const Run moved = db({QStringLiteral("orders"), QStringLiteral("move"), number, QStringLiteral("quote accepted"),
                          QStringLiteral("--user"), QStringLiteral("Marta Sanz"), QStringLiteral("--note"),
                          QStringLiteral("Accepted by phone")});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.contains(QStringLiteral("Quote accepted")));

    const QJsonObject shown = db({QStringLiteral("orders"), QStringLiteral("show"), number, QStringLiteral("--json")}).json();
    CHECK(shown.value(QStringLiteral("order")).toObject().value(QStringLiteral("step")).toString() == QStringLiteral("Quote accepted"));
    const QJsonArray history = shown.value(QStringLiteral("history")).toArray();
    bool found = false;
    for (const auto &e : history) {
        const QJsonObject event = e.toObject();
        if (event.value(QStringLiteral("kind")).toString() == QStringLiteral("step_moved") &&
            event.value(QStringLiteral("new_value")).toString() == QStringLiteral("Quote accepted")) {
            found = true;
            CHECK(event.value(QStringLiteral("actor")).toString() == QStringLiteral("Marta Sanz"));
            CHECK(event.value(QStringLiteral("note")).toString() == QStringLiteral("Accepted by phone"));
        }
    }
    CHECK(found);
}

TEST_CASE("invoice issue moves the order to Invoiced and invoice pay in full to Paid", "[cli][billing]")
{
    DemoFile db;
    const QString number = firstOrderIn(db, QStringLiteral("In progress")).value(QStringLiteral("number")).toString();
    const Run issued = db({QStringLiteral("invoice"), QStringLiteral("issue"), number, QStringLiteral("--json"),
                           QStringLiteral("--user"), QStringLiteral("Pilar Navarro")});
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    const QJsonObject invoice = issued.json().value(QStringLiteral("invoice")).toObject();
    auto stepOf = [&] {
        return db({QStringLiteral("orders"), QStringLiteral("show"), number, QStringLiteral("--json")})
            .json().value(QStringLiteral("order")).toObject().value(QStringLiteral("step")).toString();
    };
    CHECK(stepOf() == QStringLiteral("Invoiced"));

    const qint64 total = invoice.value(QStringLiteral("total_cents")).toInteger();
    REQUIRE(total > 0);
    const Run paid = db({QStringLiteral("invoice"), QStringLiteral("pay"), invoice.value(QStringLiteral("number")).toString(),
                         QStringLiteral("--amount"), QStringLiteral("%1.%2").arg(total / 100).arg(total % 100, 2, 10, QLatin1Char('0')),
                         QStringLiteral("--user"), QStringLiteral("Pilar Navarro")});
    INFO(paid.err.toStdString());
    REQUIRE(paid.exitCode == 0);
    CHECK(stepOf() == QStringLiteral("Paid"));
}

TEST_CASE("a forbidden move exits 1 with one line of reason and changes nothing", "[cli]")
{
    DemoFile db;
    const QString number = firstOrderIn(db, QStringLiteral("Quote sent")).value(QStringLiteral("number")).toString();
    const QString before = db({QStringLiteral("orders"), QStringLiteral("show"), number, QStringLiteral("--json")}).out;

    const Run refused = db({QStringLiteral("orders"), QStringLiteral("move"), number, QStringLiteral("Paid")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(refused.err.contains(QStringLiteral("does not allow")));
    CHECK(refused.out.isEmpty());
    CHECK(db({QStringLiteral("orders"), QStringLiteral("show"), number, QStringLiteral("--json")}).out == before);
}

TEST_CASE("an unknown order, step or person exits 1 with a one-line message", "[cli]")
{
    DemoFile db;
    const Run noOrder = db({QStringLiteral("orders"), QStringLiteral("move"), QStringLiteral("WO-1999-00001"),
                            QStringLiteral("Paid")});
    CHECK(noOrder.exitCode == 1);
    CHECK(noOrder.err.contains(QStringLiteral("WO-1999-00001")));

    const QString number = firstOrderIn(db, QStringLiteral("Quote sent")).value(QStringLiteral("number")).toString();
    const Run noStep = db({QStringLiteral("orders"), QStringLiteral("move"), number, QStringLiteral("Teleported")});
    CHECK(noStep.exitCode == 1);
    CHECK(noStep.err.contains(QStringLiteral("Teleported")));
    CHECK(noStep.err.contains(QStringLiteral("Quote accepted")));  // lists the real steps

    const Run nobody = db({QStringLiteral("orders"), QStringLiteral("move"), number, QStringLiteral("Quote accepted"),
                           QStringLiteral("--user"), QStringLiteral("Nadie")});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("Nadie")));
    CHECK(firstOrderIn(db, QStringLiteral("Quote sent")).value(QStringLiteral("number")).toString() == number);
}

TEST_CASE("a bad path exits non-zero and creates nothing, and a spreadsheet is left untouched", "[cli]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    const Run r = cli({QStringLiteral("--database"), missing, QStringLiteral("stats")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("There is no database")));
    CHECK_FALSE(QFile::exists(missing));

    const QString sheet = dir.filePath(QStringLiteral("clientes.xlsx"));
    {
        QFile f(sheet);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("PK\x03\x04") + QByteArray(2000, 'z'));
    }
    const QByteArray before = sha256Of(sheet);
    const Run wrong = cli({QStringLiteral("--database"), sheet, QStringLiteral("orders"), QStringLiteral("list")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("not an Ordo database")));
    CHECK(sha256Of(sheet) == before);
}

TEST_CASE("wrong usage exits 2 and points to the help", "[cli]")
{
    const Run r = cli({QStringLiteral("frobnicate")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--help")));
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("orders move NUMBER STEP")));
}


TEST_CASE("two Ordo processes issuing invoices at the same moment share one gapless numbering", "[cli][billing]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
    QStringList numbers;
    {
        auto db = ordo::openCompany(path);
        REQUIRE(db.ok());
        setUpCompany(**db);
        ordo::Customer c;
        c.name = QStringLiteral("Carmen López");
        c.taxId = QStringLiteral("12345678Z");
        c.address = QStringLiteral("Calle Mayor 12");
        const ordo::Id customer = *ordo::CustomerRepository(**db).add(c);
        for (int i = 0; i < 24; ++i) {
            ordo::NewWorkOrder n;
            n.customerId = customer;
            n.title = QStringLiteral("Job %1").arg(i);
            n.lines = {{0, 0, QStringLiteral("Labour"), 1000, 3800 + i, 2100, 0}};
            auto o = ordo::WorkOrderService(**db).create(n, ordo::Actor{std::nullopt, QStringLiteral("Test")});
            REQUIRE(o.ok());
            numbers << o->number;
        }
    }
    // Two shells, each issuing half of the orders as fast as it can, at the same time.
    QStringList first, second;
    for (int i = 0; i < numbers.size(); ++i)
        (i % 2 ? second : first) << numbers[i];
    auto script = [&](const QStringList &orders) {
        QStringList lines;
        for (const QString &n : orders)
            lines << QStringLiteral("'%1' --database '%2' invoice issue %3 || exit 1").arg(QStringLiteral(ORDO_CLI_PATH), path, n);
        return lines.join(QLatin1Char('\n'));
    };
    QProcess a, b;
    a.start(QStringLiteral("sh"), {QStringLiteral("-c"), script(first)});
    b.start(QStringLiteral("sh"), {QStringLiteral("-c"), script(second)});
    REQUIRE(a.waitForFinished(120000));
    REQUIRE(b.waitForFinished(120000));
    INFO(QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError()).toStdString());
    CHECK(a.exitCode() == 0);
    CHECK(b.exitCode() == 0);

    const Run list = cli({QStringLiteral("--database"), path, QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    QStringList issued;
    for (const auto &v : list.json().value(QStringLiteral("invoices")).toArray())
        issued << v.toObject().value(QStringLiteral("number")).toString();
    issued.sort();
    REQUIRE(issued.size() == 24);
    for (int i = 0; i < issued.size(); ++i)
        CHECK(issued[i] == ordo::invoicing::formatNumber(QString(), QDate::currentDate().year(), i + 1));

    const Run verify = cli({QStringLiteral("--database"), path, QStringLiteral("invoice"), QStringLiteral("verify")});
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.contains(QStringLiteral("24 issued invoices checked")));
}

TEST_CASE("invoice verify exits 1 and names the altered invoice", "[cli][billing]")
{
    DemoFile db;
    {
        auto opened = ordo::Database::open(db.path);
        REQUIRE(opened.ok());
        setUpCompany(**opened);
    }
    const QString order = firstOrderIn(db, QStringLiteral("Quote sent")).value(QStringLiteral("number")).toString();
    const Run issued = db({QStringLiteral("invoice"), QStringLiteral("issue"), order, QStringLiteral("--json")});
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    const QString number = issued.json().value(QStringLiteral("invoice")).toObject().value(QStringLiteral("number")).toString();
    {
        auto opened = ordo::Database::open(db.path);
        REQUIRE(opened.ok());
        dropGuards(**opened);
        rawExec(**opened, QStringLiteral("UPDATE invoices SET customer_tax_id = '00000000T' WHERE number = '%1'").arg(number));
    }
    const Run verify = db({QStringLiteral("invoice"), QStringLiteral("verify")});
    CHECK(verify.exitCode == 1);
    CHECK(verify.err.contains(number));
}

TEST_CASE("the invoice PDF has every field the law asks for, and long invoices break with headers and page numbers", "[cli][billing]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
    QString number;
    {
        auto db = ordo::openCompany(path);
        REQUIRE(db.ok());
        setUpCompany(**db);
        ordo::Customer c;
        c.name = QStringLiteral("Carmen López García");
        c.taxId = QStringLiteral("12345678Z");
        c.address = QStringLiteral("Calle Mayor 12");
        c.postcode = QStringLiteral("28013");
        c.city = QStringLiteral("Madrid");
        c.language = QStringLiteral("en");   // her invoices in English, whatever the program's language
        ordo::NewWorkOrder n;
        n.customerId = *ordo::CustomerRepository(**db).add(c);
        n.title = QStringLiteral("A whole building");
        for (int i = 1; i <= 70; ++i)
            n.lines.append({0, 0, QStringLiteral("PVC window type %1, 120×140, tilt and turn").arg(i), 1000, 38500,
                            i % 10 == 0 ? 1000 : 2100, 0});
        n.lines.append({0, 0, QStringLiteral("Exempt fee"), 1000, 2500, 0, 0});
        auto o = ordo::WorkOrderService(**db).create(n, ordo::Actor{std::nullopt, QStringLiteral("Test")});
        REQUIRE(o.ok());
        ordo::InvoiceDrafts drafts(**db);
        ordo::InvoiceLedger ledger(**db);
        auto draft = drafts.createFromOrder(o->id, ordo::Actor{std::nullopt, QStringLiteral("Pilar")});
        auto inv = ledger.issue(draft->id, draft->version, ordo::Actor{std::nullopt, QStringLiteral("Pilar")});
        REQUIRE(inv.ok());
        number = inv->number;
    }
    const QString pdf = dir.filePath(QStringLiteral("invoice.pdf"));
    const Run r = cli({QStringLiteral("--database"), path, QStringLiteral("invoice"), QStringLiteral("pdf"), number,
                       QStringLiteral("--out"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished());
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    INFO(content.toStdString());
    for (const QString &field : {number, QStringLiteral("Issue date"), QStringLiteral("Ventanas Sol S.L."), QStringLiteral("B12345678"),
                                 QStringLiteral("Calle del Sol 5"), QStringLiteral("Carmen López García"), QStringLiteral("12345678Z"),
                                 QStringLiteral("Calle Mayor 12, 28013 Madrid"), QStringLiteral("PVC window type 70"),
                                 QStringLiteral("385.00"), QStringLiteral("21 %"), QStringLiteral("10 %"), QStringLiteral("Total VAT"),
                                 QStringLiteral("TOTAL"), QStringLiteral("ES91 2100 0418 4502 0005 1332"),
                                 QStringLiteral("exempt from VAT")})
        CHECK(content.contains(field));
    // "Page N of M" on every page, M the same everywhere, and the lines' header repeated on each page that has lines.
    const QRegularExpression pageRe(QStringLiteral("Page (\\d+) of (\\d+)"));
    QList<int> pages;
    int total = 0;
    for (auto it = pageRe.globalMatch(content); it.hasNext();) {
        const auto m = it.next();
        pages << m.captured(1).toInt();
        total = m.captured(2).toInt();
    }
    REQUIRE(total >= 3);
    CHECK(pages.size() == total);
    CHECK(pages.last() == total);
    CHECK(content.count(QStringLiteral("Unit price")) >= total - 1);
    CHECK(content.contains(QStringLiteral("(continued)")));
}

TEST_CASE("report weekly prints the same numbers as JSON that the database holds", "[cli][report]")
{
    DemoFile db;
    const Run r = db({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2026-W47"),
                      QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = r.json();
    auto opened = ordo::Database::open(db.path);
    REQUIRE(opened.ok());
    const qint64 from = QDateTime(QDate(2026, 11, 16), QTime(0, 0)).toSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2026, 11, 23), QTime(0, 0)).toSecsSinceEpoch();
    CHECK(json.value(QStringLiteral("received")).toObject().value(QStringLiteral("value")).toInteger() ==
          rawCount(**opened, QStringLiteral("SELECT count(*) FROM work_orders WHERE created_at >= %1 AND created_at < %2").arg(from).arg(to)));
    CHECK(json.value(QStringLiteral("invoiced_cents")).toObject().value(QStringLiteral("value")).toInteger() ==
          rawCount(**opened, QStringLiteral("SELECT coalesce(sum(total_cents), 0) FROM invoices WHERE issued_at >= %1 AND issued_at < %2")
                                 .arg(from).arg(to)));
    CHECK(json.value(QStringLiteral("steps")).toArray().size() == 11);

    const Run bad = db({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("week 47")});
    CHECK(bad.exitCode == 2);
}

TEST_CASE("report weekly --pdf prints the same numbers as the JSON, on numbered pages", "[cli][report]")
{
    DemoFile db;
    const QString pdf = db.dir.filePath(QStringLiteral("week.pdf"));
    const Run r = db({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2026-W47"),
                      QStringLiteral("--json"), QStringLiteral("--pdf"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = r.json();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished());
    // pdftotext may turn the non-breaking space before "€" into a plain one.
    const QString content = QString::fromUtf8(text.readAllStandardOutput()).replace(QChar(0x00A0), QLatin1Char(' '));
    INFO(content.toStdString());
    CHECK(content.contains(QStringLiteral("Weekly report")));
    CHECK(content.contains(QStringLiteral("Week 47 of 2026")));
    const QLocale c;  // the same locale as the ordo-cli process, which inherits the environment
    auto trendLine = [&](const QString &label, const QString &key, bool money) {
        const QJsonObject t = json.value(key).toObject();
        auto show = [&](qint64 v) {
            return (money ? ordo::money::formatEuros(v, c) : c.toString(v)).replace(QChar(0x00A0), QLatin1Char(' '));
        };
        const QRegularExpression line(QStringLiteral("%1\\s+%2\\s+%3\\s+%4")
                                          .arg(QRegularExpression::escape(label),
                                               QRegularExpression::escape(show(t.value(QStringLiteral("value")).toInteger())),
                                               QRegularExpression::escape(show(t.value(QStringLiteral("previous_week")).toInteger())),
                                               QRegularExpression::escape(show(t.value(QStringLiteral("four_week_average")).toInteger()))));
        INFO(line.pattern().toStdString());
        CHECK(line.match(content).hasMatch());
    };
    trendLine(QStringLiteral("Orders received"), QStringLiteral("received"), false);
    trendLine(QStringLiteral("Orders completed"), QStringLiteral("completed"), false);
    trendLine(QStringLiteral("Invoiced"), QStringLiteral("invoiced_cents"), true);
    trendLine(QStringLiteral("Collected"), QStringLiteral("collected_cents"), true);
    CHECK(content.contains(ordo::money::formatEuros(json.value(QStringLiteral("outstanding_cents")).toInteger(), c)
                               .replace(QChar(0x00A0), QLatin1Char(' '))));
    for (const auto &p : json.value(QStringLiteral("people")).toArray())
        CHECK(content.contains(p.toObject().value(QStringLiteral("name")).toString()));
    CHECK(content.contains(QStringLiteral("Page 1 of 2")));
    CHECK(content.contains(QStringLiteral("Page 2 of 2")));
    CHECK(json.value(QStringLiteral("days")).toArray().size() == 7);

    // A folder that does not exist: one line saying so, exit 1.
    const Run bad = db({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2026-W47"),
                        QStringLiteral("--pdf"), db.dir.filePath(QStringLiteral("missing/week.pdf"))});
    CHECK(bad.exitCode == 1);
    QStringList lines = bad.err.trimmed().split(QLatin1Char('\n'));
    lines.removeIf([](const QString &l) { return l.startsWith(QLatin1String("QStandardPaths:")); });  // Qt's own notice
    CHECK(lines.size() == 1);
    CHECK(lines.value(0).contains(QStringLiteral("Could not write")));
}

TEST_CASE("process stats tells per step how many passed, skipped and came back, with findings", "[cli][process]")
{
    DemoFile db;
    const Run r = db({QStringLiteral("process"), QStringLiteral("stats"), QStringLiteral("--all"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = r.json();
    auto opened = ordo::Database::open(db.path);
    REQUIRE(opened.ok());
    CHECK(json.value(QStringLiteral("version")).toInt() == 1);
    CHECK(json.value(QStringLiteral("orders")).toInteger() == rawCount(**opened, QStringLiteral("SELECT count(*) FROM work_orders")));
    CHECK(json.value(QStringLiteral("finished")).toInteger() ==
          rawCount(**opened, QStringLiteral("SELECT count(*) FROM work_orders o JOIN steps s ON s.id = o.step_id "
                                            "WHERE s.kind = 'done' AND o.is_open = 0")));
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    REQUIRE(steps.size() == 11);
    const QJsonObject call = steps.first().toObject();
    CHECK(call.value(QStringLiteral("step")).toString() == QStringLiteral("Call received"));
    CHECK(call.value(QStringLiteral("passed")).toInteger() == json.value(QStringLiteral("orders")).toInteger());
    CHECK(call.value(QStringLiteral("skipped_share")).toDouble() == 0.0);
    for (const auto &s : steps) {
        const QJsonObject o = s.toObject();
        CHECK(o.value(QStringLiteral("median_seconds")).toInteger() <= o.value(QStringLiteral("p90_seconds")).toInteger());
        CHECK(o.value(QStringLiteral("returned")).toInteger() <= o.value(QStringLiteral("passed")).toInteger());
    }
    QSet<qint64> ids;
    for (const auto &s : steps)
        ids.insert(s.toObject().value(QStringLiteral("step_id")).toInteger());
    for (const auto &f : json.value(QStringLiteral("findings")).toArray()) {
        CHECK(ids.contains(f.toObject().value(QStringLiteral("step_id")).toInteger()));
        CHECK_FALSE(f.toObject().value(QStringLiteral("text")).toString().isEmpty());
    }

    const Run text = db({QStringLiteral("process"), QStringLiteral("stats")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Window installation, version 1")));
    CHECK(text.out.contains(QStringLiteral("Orders received since")));
    // Orders received since October are fewer than all of them.
    const Run recent = db({QStringLiteral("process"), QStringLiteral("stats"), QStringLiteral("--since"), QStringLiteral("2026-10-01"),
                           QStringLiteral("--json")});
    REQUIRE(recent.exitCode == 0);
    CHECK(recent.json().value(QStringLiteral("orders")).toInteger() < json.value(QStringLiteral("orders")).toInteger());
    CHECK(recent.json().value(QStringLiteral("orders")).toInteger() ==
          rawCount(**opened, QStringLiteral("SELECT count(*) FROM work_orders WHERE created_at >= %1")
                                 .arg(QDateTime(QDate(2026, 10, 1), QTime(0, 0)).toSecsSinceEpoch())));
    const Run bad = db({QStringLiteral("process"), QStringLiteral("stats"), QStringLiteral("--map-version"), QStringLiteral("9")});
    CHECK(bad.exitCode == 2);
}

TEST_CASE("backup, backups --json and restore: verified copies, a preview of each, no overwrite without --replace", "[cli][backup][sqlite]")
{
    DemoFile db;
    const QString folder = db.dir.filePath(QStringLiteral("usb"));
    const Run taken = db({QStringLiteral("backup"), QStringLiteral("--to"), folder});
    INFO(taken.err.toStdString());
    REQUIRE(taken.exitCode == 0);
    CHECK(taken.out.contains(QStringLiteral("verified")));

    const Run listed = db({QStringLiteral("backups"), QStringLiteral("--to"), folder, QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray backups = listed.json().value(QStringLiteral("backups")).toArray();
    REQUIRE(backups.size() == 1);
    const QJsonObject b = backups.first().toObject();
    CHECK(b.value(QStringLiteral("orders")).toInt() == 50);
    CHECK(b.value(QStringLiteral("customers")).toInt() > 0);
    CHECK(b.value(QStringLiteral("taken_at")).isString());
    CHECK_FALSE(b.value(QStringLiteral("taken_at")).toString().isEmpty());
    CHECK(b.value(QStringLiteral("reason")).isNull());
    CHECK(b.value(QStringLiteral("last_invoice_number")).isString());
    const QString file = b.value(QStringLiteral("path")).toString();
    CHECK(QFileInfo(file).fileName().startsWith(QStringLiteral("demo-")));
    // The same in words, with plural forms.
    const Run words = db({QStringLiteral("backups"), QStringLiteral("--to"), folder});
    REQUIRE(words.exitCode == 0);
    CHECK(words.out.contains(QStringLiteral("50 orders, ")));
    CHECK(words.out.contains(QStringLiteral(" invoices; last invoice ")));

    // Into a new file: created, and then an Ordo database like any other.
    const QString fresh = db.dir.filePath(QStringLiteral("restored.sqlite"));
    const Run restored = cli({QStringLiteral("restore"), file, QStringLiteral("--to"), fresh});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    const Run stats = cli({QStringLiteral("--database"), fresh, QStringLiteral("stats"), QStringLiteral("--json")});
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.json().value(QStringLiteral("tables")).toObject().value(QStringLiteral("work_orders")).toInt() == 50);

    // Onto an existing database: refused and untouched without --replace...
    const QByteArray before = sha256Of(db.path);
    const Run refused = cli({QStringLiteral("restore"), file, QStringLiteral("--to"), db.path});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(sha256Of(db.path) == before);
    // ...and with it, the old one is kept aside first.
    const Run replaced = cli({QStringLiteral("restore"), file, QStringLiteral("--to"), db.path, QStringLiteral("--replace")});
    INFO(replaced.err.toStdString());
    REQUIRE(replaced.exitCode == 0);
    const QStringList aside = QDir(db.dir.path()).entryList({QStringLiteral("demo.before-restore-*.sqlite")});
    CHECK(aside.size() == 1);
    CHECK(db({QStringLiteral("check")}).exitCode == 0);

    // Without --to, restore is a usage error; a missing backup fails in one line.
    CHECK(cli({QStringLiteral("restore"), file}).exitCode == 2);
    const Run missing = cli({QStringLiteral("restore"), db.dir.filePath(QStringLiteral("nope.sqlite")), QStringLiteral("--to"),
                             db.dir.filePath(QStringLiteral("x.sqlite"))});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(db.dir.filePath(QStringLiteral("x.sqlite"))));

    // An empty folder lists nothing, as an empty JSON array.
    const Run none = db({QStringLiteral("backups"), QStringLiteral("--to"), db.dir.filePath(QStringLiteral("empty")),
                         QStringLiteral("--json")});
    REQUIRE(none.exitCode == 0);
    CHECK(none.json().value(QStringLiteral("backups")).toArray().isEmpty());
}

// --- What a script or a person types, and what reaches their terminal ---------------------------

namespace {

Run cliWith(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return runProgram(QStringLiteral(ORDO_CLI_PATH), arguments, {}, environment);
}

QJsonObject firstUnpaidInvoice(const DemoFile &db)
{
    const Run list = db({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--unpaid"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    for (const auto &v : list.json().value(QStringLiteral("invoices")).toArray())
        if (!v.toObject().value(QStringLiteral("number")).isNull())
            return v.toObject();
    FAIL("the demo has no unpaid issued invoice");
    return {};
}

} // namespace

TEST_CASE("invoice pay refuses zero, negative and malformed amounts, showing the format it takes", "[cli][billing][input]")
{
    DemoFile db;
    const QJsonObject invoice = firstUnpaidInvoice(db);
    const QString number = invoice.value(QStringLiteral("number")).toString();
    const qint64 paidBefore = invoice.value(QStringLiteral("paid_cents")).toInteger();

    auto pay = [&](const QString &amount) {
        return db({QStringLiteral("invoice"), QStringLiteral("pay"), number, QStringLiteral("--amount"), amount});
    };
    for (const QString &amount : {QStringLiteral("0"), QStringLiteral("0,00"), QStringLiteral("-5"), QStringLiteral("-0.01")}) {
        const Run r = pay(amount);
        INFO(amount.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("more than zero")));
        CHECK(r.err.contains(QStringLiteral("12.34")));
        CHECK(r.out.isEmpty());
    }
    const QString arabicThree = QString(QChar(0x0663));
    for (const QString &amount : {QStringLiteral("12,34.56"), QStringLiteral("1.234,56"), arabicThree,
                                  arabicThree + QStringLiteral(",50"), QStringLiteral("12.345"), QStringLiteral("12,"),
                                  QStringLiteral("abc"), QStringLiteral("1e3"), QStringLiteral("")}) {
        const Run r = pay(amount);
        INFO(amount.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("such as 12.34 or 12,34")));
        CHECK(r.out.isEmpty());
    }
    CHECK(firstUnpaidInvoice(db).value(QStringLiteral("paid_cents")).toInteger() == paidBefore);

    // Both decimal marks are read the same, to the cent.
    const Run comma = pay(QStringLiteral("1,5"));
    INFO(comma.err.toStdString());
    REQUIRE(comma.exitCode == 0);
    const Run dot = pay(QStringLiteral("0.25"));
    REQUIRE(dot.exitCode == 0);
    const Run list = db({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const auto &v : list.json().value(QStringLiteral("invoices")).toArray())
        if (v.toObject().value(QStringLiteral("number")).toString() == number)
            CHECK(v.toObject().value(QStringLiteral("paid_cents")).toInteger() == paidBefore + 175);
}

TEST_CASE("report weekly refuses a week that is not YYYY-Www, showing the format", "[cli][report][input]")
{
    DemoFile db;
    const QString arabicWeek = QStringLiteral("2026-W") + QChar(0x0664) + QChar(0x0668);
    for (const QString &week : {QStringLiteral("2026-W5"), QStringLiteral("2026-W005"), QStringLiteral("26-W05"),
                                QStringLiteral("2027-W53"), arabicWeek, QStringLiteral("last week")}) {
        const Run r = db({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"), week, QStringLiteral("--json")});
        INFO(week.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("2026-W05")));
        CHECK(r.out.isEmpty());
    }
    const Run ok = db({QStringLiteral("report"), QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2026-W05"),
                       QStringLiteral("--json")});
    CHECK(ok.exitCode == 0);
}

TEST_CASE("an empty --database path is an error, never the default database", "[cli][input]")
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    for (const QString &command : {QStringLiteral("stats"), QStringLiteral("demo")}) {
        QStringList arguments{QStringLiteral("--database"), QString(), command};
        if (command == QLatin1String("demo"))
            arguments << QStringLiteral("--size") << QStringLiteral("small");
        const Run r = cliWith(arguments, environment);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--database was given an empty path")));
        CHECK(r.out.isEmpty());
    }
    const Run spaces = cliWith({QStringLiteral("--database=  "), QStringLiteral("stats")}, environment);
    CHECK(spaces.exitCode == 2);
    CHECK(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("control characters in names never reach the terminal raw", "[cli][input]")
{
    DemoFile db;
    const QString number = firstOrderIn(db, QStringLiteral("Quote sent")).value(QStringLiteral("number")).toString();
    const QString name = QStringLiteral("Ana \x1b[31mRoja\rPedro\x07") + QChar(0x202E) + QStringLiteral("zaP");
    {
        auto opened = ordo::Database::open(db.path);
        REQUIRE(opened.ok());
        QSqlQuery q((*opened)->connection());
        REQUIRE(q.prepare(QStringLiteral("UPDATE customers SET name = ? WHERE id = (SELECT customer_id FROM work_orders "
                                         "WHERE number = ?)")));
        q.addBindValue(name);
        q.addBindValue(number);
        REQUIRE(q.exec());
    }
    auto raw = [](const QString &text) {
        for (const QChar c : text)
            if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) || c.unicode() == 0x202E)
                return true;
        return false;
    };
    const Run list = db({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")});
    REQUIRE(list.exitCode == 0);
    CHECK_FALSE(raw(list.out));
    const Run show = db({QStringLiteral("orders"), QStringLiteral("show"), number});
    REQUIRE(show.exitCode == 0);
    CHECK_FALSE(raw(show.out));
    CHECK(show.out.contains(QStringLiteral("Ana \\u001b[31mRoja\\u000dPedro\\u0007\\u202ezaP")));

    // The error line too (a step name typed with an escape in it).
    const Run refused = db({QStringLiteral("orders"), QStringLiteral("move"), number, QStringLiteral("Pa\x1b[2Jid")});
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(raw(refused.err));
    CHECK(refused.err.contains(QStringLiteral("Pa\\u001b[2Jid")));

    // JSON stays valid and gives the name back exactly.
    const Run json = db({QStringLiteral("orders"), QStringLiteral("show"), number, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    CHECK_FALSE(raw(json.out));
    CHECK(json.json().value(QStringLiteral("order")).toObject().value(QStringLiteral("customer")).toString() == name);
}

TEST_CASE("a time that is missing is null in JSON, never an empty string", "[cli][input]")
{
    DemoFile db;
    const QString number = firstOrderIn(db, QStringLiteral("Quote sent")).value(QStringLiteral("number")).toString();
    {
        auto opened = ordo::Database::open(db.path);
        REQUIRE(opened.ok());
        // No due date; a creation time never recorded; a step entry beyond what ISO 8601 can write (year 10000).
        rawExec(**opened, QStringLiteral("UPDATE work_orders SET due_at = NULL, created_at = 0, step_entered_at = 253402300800 "
                                         "WHERE number = '%1'").arg(number));
    }
    const Run show = db({QStringLiteral("orders"), QStringLiteral("show"), number, QStringLiteral("--json")});
    INFO(show.err.toStdString());
    REQUIRE(show.exitCode == 0);
    const QJsonObject order = show.json().value(QStringLiteral("order")).toObject();
    for (const QString &key : {QStringLiteral("due_at"), QStringLiteral("created_at"), QStringLiteral("step_entered_at")})
        CHECK(order.value(key).isNull());
    CHECK(order.value(QStringLiteral("updated_at")).toString().endsWith(QLatin1Char('Z')));
    CHECK_FALSE(show.out.contains(QStringLiteral("_at\": \"\"")));
}

TEST_CASE("Qt's own warnings come after ordo-cli's one-line error, never before it", "[cli][input]")
{
    DemoFile db;
    // Drawing a PDF starts Qt's GUI side, which warns here: no XDG_RUNTIME_DIR, and a scale factor
    // rounding policy it does not know.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    environment.insert(QStringLiteral("QT_SCALE_FACTOR_ROUNDING_POLICY"), QStringLiteral("Sideways"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("missing-folder/week.pdf"));
    const Run r = cliWith({QStringLiteral("--database"), db.path, QStringLiteral("report"), QStringLiteral("weekly"),
                           QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--pdf"), pdf},
                          environment);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);  // Qt did warn…
    CHECK(lines.first().startsWith(QStringLiteral("Could not write")));  // …but under the error line
    CHECK(r.err.contains(QStringLiteral("Sideways")));
}

// --- Commands, their options and their help ------------------------------------------------------

TEST_CASE("an option that is not the command's own is wrong usage, naming the option and the command", "[cli][input][sqlite]")
{
    DemoFile db;
    const Run amount = db({QStringLiteral("stats"), QStringLiteral("--amount"), QStringLiteral("3")});
    CHECK(amount.exitCode == 2);
    CHECK(amount.err.contains(QStringLiteral("--amount")));
    CHECK(amount.err.contains(QStringLiteral("stats")));
    CHECK(amount.err.contains(QStringLiteral("ordo-cli stats --help")));
    CHECK(amount.out.isEmpty());

    // Another command's option, a flag this time: refused before anything is written.
    const QString number = firstOrderIn(db, QStringLiteral("Quote sent")).value(QStringLiteral("number")).toString();
    const QByteArray before = sha256Of(db.path);
    const Run unpaid = db({QStringLiteral("orders"), QStringLiteral("move"), number, QStringLiteral("Quote accepted"),
                           QStringLiteral("--unpaid")});
    CHECK(unpaid.exitCode == 2);
    CHECK(unpaid.err.contains(QStringLiteral("--unpaid")));
    CHECK(unpaid.err.contains(QStringLiteral("orders move")));
    CHECK(sha256Of(db.path) == before);
    CHECK(db({QStringLiteral("check"), QStringLiteral("--json")}).exitCode == 2);

    // An option no command has stays Qt's own "unknown option"; a wrong number of arguments shows the usage.
    CHECK(db({QStringLiteral("stats"), QStringLiteral("--frobnicate")}).exitCode == 2);
    const Run missing = db({QStringLiteral("orders"), QStringLiteral("show")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("orders show NUMBER")));
}

TEST_CASE("COMMAND --help shows that command's options; a group's help shows each of its commands", "[cli]")
{
    const Run move = cli({QStringLiteral("orders"), QStringLiteral("move"), QStringLiteral("--help")});
    CHECK(move.exitCode == 0);
    CHECK(move.out.contains(QStringLiteral("orders move NUMBER STEP")));
    CHECK(move.out.contains(QStringLiteral("[--user NAME] orders move")));
    CHECK(move.out.contains(QStringLiteral("--note <text>")));
    CHECK(move.out.contains(QStringLiteral("A note recorded with the change.")));
    CHECK_FALSE(move.out.contains(QStringLiteral("--limit")));
    CHECK_FALSE(move.out.contains(QStringLiteral("--amount")));

    const Run orders = cli({QStringLiteral("orders"), QStringLiteral("--help")});
    CHECK(orders.exitCode == 0);
    for (const QString &text : {QStringLiteral("orders list"), QStringLiteral("orders show NUMBER"),
                                QStringLiteral("orders move NUMBER STEP"), QStringLiteral("--step <name>"),
                                QStringLiteral("--limit <n>"), QStringLiteral("--note <text>")})
        CHECK(orders.out.contains(text));
    CHECK_FALSE(orders.out.contains(QStringLiteral("--amount")));

    // A reading command says that it only reads.
    CHECK(cli({QStringLiteral("stats"), QStringLiteral("--help")}).out.contains(QStringLiteral("read-only")));
    CHECK(cli({QStringLiteral("frobnicate"), QStringLiteral("--help")}).exitCode == 2);
}

TEST_CASE("the usage lists every registered command, and every command has its own help", "[cli]")
{
    const ordo::cli::CommandRegistry registry;
    const Run help = cli({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    const QStringList lines = help.out.split(QLatin1Char('\n'));
    REQUIRE(registry.commands().size() >= 25);
    for (const ordo::cli::Command *command : registry.commands()) {
        INFO(command->name().toStdString());
        const QString entry = QStringLiteral("  ") + command->name();
        CHECK(std::any_of(lines.begin(), lines.end(), [&](const QString &line) {
            return line == entry || line.startsWith(entry + QLatin1Char(' '));
        }));
        QStringList arguments = command->nameWords();
        arguments << QStringLiteral("--help");
        const Run own = cli(arguments);
        CHECK(own.exitCode == 0);
        // Commands that change data say who signs the changes.
        const bool writes = command->access() == ordo::cli::Access::Writes || command->access() == ordo::cli::Access::Creates;
        CHECK(own.out.startsWith(QStringLiteral("Usage: ordo-cli [--database PATH] ") +
                                 (writes ? QStringLiteral("[--user NAME] ") : QString()) + command->name()));
    }
}

TEST_CASE("each command's synopsis names exactly its options, and options of one name agree on taking a value", "[cli]")
{
    const ordo::cli::CommandRegistry registry;
    QHash<QString, bool> takesValue;
    static const QRegularExpression optionRe(QStringLiteral("--([a-z][a-z-]*)"));
    for (const ordo::cli::Command *command : registry.commands()) {
        INFO(command->name().toStdString());
        QSet<QString> inSynopsis;
        for (auto it = optionRe.globalMatch(command->synopsis()); it.hasNext();)
            inSynopsis.insert(it.next().captured(1));
        QSet<QString> declared;
        for (const QCommandLineOption &option : command->options()) {
            const QString name = option.names().constLast();
            declared.insert(name);
            CHECK_FALSE(ordo::cli::CommandRegistry::isGlobal(name));
            const bool value = !option.valueName().isEmpty();
            CHECK(takesValue.value(name, value) == value);
            takesValue.insert(name, value);
        }
        CHECK(inSynopsis == declared);
        CHECK_FALSE(command->summary().isEmpty());
    }
}

TEST_CASE("a simplified invoice and its rectifying invoice print what arts. 7 and 15 ask for, in the customer's "
          "language whatever the program's", "[cli][invoice]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
    QString order;
    {
        auto db = ordo::openCompany(path);
        REQUIRE(db.ok());
        setUpCompany(**db);
        ordo::Customer walkIn;           // no tax ID: a simplified invoice
        walkIn.name = QStringLiteral("Cliente de mostrador");
        walkIn.postcode = QStringLiteral("28013");
        ordo::NewWorkOrder n;
        n.customerId = *ordo::CustomerRepository(**db).add(walkIn);
        n.title = QStringLiteral("Persiana");
        n.lines = {{0, 0, QStringLiteral("Reparación de persiana"), 1000, 12000, 2100, 0},
                   {0, 0, QStringLiteral("Lamas de repuesto"), 3000, 1500, 2100, 0}};
        auto o = ordo::WorkOrderService(**db).create(n, ordo::Actor{std::nullopt, QStringLiteral("Test")});
        REQUIRE(o.ok());
        order = o->number;
    }
    auto pdfText = [&](const QString &number) {
        const QString pdf = dir.filePath(number + QStringLiteral(".pdf"));
        const Run r = cli({QStringLiteral("--database"), path, QStringLiteral("invoice"), QStringLiteral("pdf"), number,
                           QStringLiteral("--out"), pdf});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        REQUIRE(text.waitForFinished());
        // As a reader takes it: the font's ligatures ("ﬁ") as letters, lines joined.
        return QString::fromUtf8(text.readAllStandardOutput())
            .replace(QChar(0xFB01), QStringLiteral("fi"))
            .replace(QChar(0xFB02), QStringLiteral("fl"))
            .simplified();
    };
    // The tests run in English; the customer's invoices are in Spanish.
    const Run issued = cli({QStringLiteral("--database"), path, QStringLiteral("invoice"), QStringLiteral("issue"), order});
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    const QString simplified = pdfText(QStringLiteral("S2026-0001"));
    INFO(simplified.toStdString());
    // Art. 7.1: number and series, date, issuer's NIF and name, what was sold, the rate, the total.
    for (const QString &field : {QStringLiteral("FACTURA SIMPLIFICADA"), QStringLiteral("S2026-0001"), QStringLiteral("Fecha de emisión"),
                                 QStringLiteral("Ventanas Sol S.L."), QStringLiteral("NIF: B12345678"),
                                 QStringLiteral("Reparación de persiana"), QStringLiteral("21 %"), QStringLiteral("TOTAL (IVA incluido)"),
                                 QStringLiteral("199,65 €"), QStringLiteral("el cliente no se identifica"), QStringLiteral("Página 1 de 1")})
        CHECK(simplified.contains(field));
    CHECK_FALSE(simplified.contains(QStringLiteral("Cliente de mostrador")));

    const Run rectified = cli({QStringLiteral("--database"), path, QStringLiteral("invoice"), QStringLiteral("rectify"),
                               QStringLiteral("S2026-0001"), QStringLiteral("--reason"), QStringLiteral("Lamas devueltas"),
                               QStringLiteral("--lines"), QStringLiteral("2")});
    INFO(rectified.err.toStdString());
    REQUIRE(rectified.exitCode == 0);
    const QString rectifying = pdfText(QStringLiteral("R2026-0001"));
    INFO(rectifying.toStdString());
    // Art. 15: that it rectifies, which invoice (number and date), why, and the amounts of the correction.
    for (const QString &field : {QStringLiteral("FACTURA SIMPLIFICADA RECTIFICATIVA"), QStringLiteral("R2026-0001"),
                                 QStringLiteral("Rectifica: S2026-0001 del"), QStringLiteral("art. 15"),
                                 QStringLiteral("Motivo: Lamas devueltas"), QStringLiteral("Lamas de repuesto"),
                                 QStringLiteral("-54,45 €")})
        CHECK(rectifying.contains(field));
    // Crediting the same lines again would be more than remains of them? No: 199,65 − 54,45 remains; a full
    // credit of the original now is refused.
    const Run again = cli({QStringLiteral("--database"), path, QStringLiteral("invoice"), QStringLiteral("rectify"),
                           QStringLiteral("S2026-0001"), QStringLiteral("--reason"), QStringLiteral("Todo devuelto")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("more than what remains")));
}

TEST_CASE("catalogue import adds and updates by code, a bad row names its line and imports nothing", "[cli][catalogue]")
{
    DemoFile db;
    auto write = [&](const QString &name, const QByteArray &text) {
        const QString path = db.dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return path;
    };
    auto listed = [&] {
        QMap<QString, qint64> prices;
        const Run list = db({QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--json")});
        REQUIRE(list.exitCode == 0);
        for (const auto &v : list.json().value(QStringLiteral("items")).toArray())
            prices.insert(v.toObject().value(QStringLiteral("code")).toString(),
                          v.toObject().value(QStringLiteral("unit_price_cents")).toInteger());
        return prices;
    };
    const auto before = listed();
    REQUIRE(before.value(QStringLiteral("MO-H")) == 3800);  // the demo's catalogue

    const QString bad = write(QStringLiteral("bad.csv"), QStringLiteral("Código;Descripción;Precio;IVA\n"
                                                                        "NUEVO-1;Ventana nueva;100,00;21\n"
                                                                        "MO-H;Mano de obra;cuarenta;21\n").toUtf8());
    const Run refused = db({QStringLiteral("catalogue"), QStringLiteral("import"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Line 3")));
    CHECK(listed() == before);

    const QString good = write(QStringLiteral("good.csv"), QStringLiteral("Código;Descripción;Precio;IVA;Unidad\n"
                                                                          "NUEVO-1;Ventana nueva;100,00;21%;ud\n"
                                                                          "MO-H;Mano de obra (hora);40.50;21;h\n").toUtf8());
    const Run imported = db({QStringLiteral("catalogue"), QStringLiteral("import"), good});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("1 item added")));
    CHECK(imported.out.contains(QStringLiteral("1 updated")));
    const auto after = listed();
    CHECK(after.size() == before.size() + 1);
    CHECK(after.value(QStringLiteral("NUEVO-1")) == 10000);
    CHECK(after.value(QStringLiteral("MO-H")) == 4050);
}

TEST_CASE("ordo-cli quote issues a quote with its PDF, long ones across pages, and records the acceptance once",
          "[cli][quotes]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
    QString order;
    {
        auto db = ordo::openCompany(path);
        REQUIRE(db.ok());
        setUpCompany(**db);
        ordo::Customer c;
        c.name = QStringLiteral("Carmen López García");
        c.address = QStringLiteral("Calle Mayor 12");
        c.language = QStringLiteral("en");
        ordo::NewWorkOrder n;
        n.customerId = *ordo::CustomerRepository(**db).add(c);
        n.title = QStringLiteral("A whole building");
        for (int i = 1; i <= 70; ++i)
            n.lines.append({0, 0, QStringLiteral("PVC window type %1").arg(i), 1000, 38500, 2100, 0, {}});
        auto o = ordo::WorkOrderService(**db).create(n, ordo::Actor{std::nullopt, QStringLiteral("Test")});
        REQUIRE(o.ok());
        order = o->number;
    }
    const QString pdf = dir.filePath(QStringLiteral("quote.pdf"));
    const Run issued = cli({QStringLiteral("--database"), path, QStringLiteral("quote"), QStringLiteral("issue"), order,
                            QStringLiteral("--out"), pdf});
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    const QString number = order + QStringLiteral("-P1");
    CHECK(issued.out.contains(number));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished());
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    INFO(content.toStdString());
    for (const QString &field : {number, QStringLiteral("Carmen López García"), QStringLiteral("PVC window type 70"),
                                 QStringLiteral("Valid until"), QStringLiteral("Page 1 of"), QStringLiteral("(continued)"),
                                 QStringLiteral("I accept the quote"), QStringLiteral("Signature")})
        CHECK(content.contains(field));

    const QStringList accept{QStringLiteral("--database"), path, QStringLiteral("quote"), QStringLiteral("accept"), number,
                             QStringLiteral("--person"), QStringLiteral("Carmen López")};
    CHECK(cli(accept).exitCode == 0);
    const Run twice = cli(accept);
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("already accepted")));
    const Run list = cli({QStringLiteral("--database"), path, QStringLiteral("quote"), QStringLiteral("list"), order});
    CHECK(list.out.contains(QStringLiteral("Accepted")));
}

TEST_CASE("migrate copies an office's file to an empty server database and checks both; never into a full one",
          "[cli][postgres]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("oficina.sqlite"));
    const Run demo = cli({QStringLiteral("--database"), file, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small"),
                          QStringLiteral("--today"), QStringLiteral("2026-11-27")});
    REQUIRE(demo.exitCode == 0);
    QString name;
    const QString server = createServerDatabase(&name);
    const Run moved = cli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.contains(QStringLiteral("Both databases checked")));
    CHECK(moved.out.contains(QStringLiteral("The chain ends at")));

    // The server's copy answers as the file did.
    const Run fromFile = cli({QStringLiteral("--database"), file, QStringLiteral("stats"), QStringLiteral("--json")});
    const Run fromServer = cli({QStringLiteral("--database"), server, QStringLiteral("stats"), QStringLiteral("--json")});
    REQUIRE(fromFile.exitCode == 0);
    REQUIRE(fromServer.exitCode == 0);
    CHECK(fromFile.json().value(QStringLiteral("tables")) == fromServer.json().value(QStringLiteral("tables")));
    const Run check = cli({QStringLiteral("--database"), server, QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    const Run verify = cli({QStringLiteral("--database"), server, QStringLiteral("invoice"), QStringLiteral("verify")});
    CHECK(verify.exitCode == 0);

    const Run again = cli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("not empty")));
    const Run backwards = cli({QStringLiteral("migrate"), QStringLiteral("--from"), server, QStringLiteral("--to"), file});
    CHECK(backwards.exitCode == 2);
    dropServerDatabase(name);
}
