#include "core/common/Csv.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/usecases/CsvTransfer.h"

#include "support/TestDatabase.h"

#include <QRandomGenerator>

using namespace ordo;
using namespace ordo::test;

namespace {

// As Excel in Spain saves "CSV UTF-8": a BOM, ';', CRLF, a quoted address with a line break inside,
// a row with one field too many (broken) and a customer twice (same NIF).
QByteArray excelFile()
{
    return QByteArray("\xEF\xBB\xBF")
           + QStringLiteral("Nombre;NIF;Teléfono;Email;Dirección;Código postal;Ciudad\r\n"
                            "Carmen Núñez Ibáñez;12345678Z;600 11 22 33;carmen@example.es;\"Calle Mayor 3\r\nEscalera B, 2º\";28013;Madrid\r\n"
                            "Talleres Ñandú S.L.;B12345674;91 555 66 77;;Polígono Sur, nave 4;8001;Barcelona\r\n"
                            "Pedro Ruiz;;611 22 33 44;pedro@example;Calle Sol 1;28004;Madrid;sobra\r\n"
                            "Carmen Núñez (repetida);12345678-z;;;;;\r\n")
                 .toUtf8();
}

} // namespace

TEST_CASE("csv: quoted fields keep separators, doubled quotes and line breaks; lines are counted as an editor does", "[csv]")
{
    auto t = csv::Reader::read(QByteArray("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\n, ,\nlast,,\r\n"));
    REQUIRE(t.ok());
    CHECK(t->separator == QLatin1Char(','));
    CHECK(t->encoding == QStringLiteral("UTF-8"));
    REQUIRE(t->records.size() == 3);
    CHECK(t->records.at(1) == QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")});
    CHECK(t->records.at(2) == QStringList{QStringLiteral("last"), QString(), QString()});
    CHECK(t->lines == QList<int>{1, 2, 6});  // the blank line and the one of empty fields skipped

    auto unclosed = csv::Reader::read(QByteArray("a;b\n1;\"open\n2;3\n"));
    REQUIRE(!unclosed.ok());
    CHECK(unclosed.error().message == QStringLiteral("Line 2: a quote is opened and never closed."));
    auto after = csv::Reader::read(QByteArray("a;b\n\"x\"y;2\n"));
    REQUIRE(!after.ok());
    CHECK(after.error().message.startsWith(QStringLiteral("Line 2: text after a closing quote")));
}

TEST_CASE("csv: Windows-1252 and UTF-8 with or without a BOM are read as the same text", "[csv]")
{
    const QString expected = QStringLiteral("Núñez €");
    QByteArray cp1252("N\xFA\xF1" "ez \x80;x\r\n");
    auto a = csv::Reader::read(cp1252);
    REQUIRE(a.ok());
    CHECK(a->encoding == QStringLiteral("Windows-1252"));
    CHECK(a->records.first().first() == expected);
    auto b = csv::Reader::read(QByteArray("\xEF\xBB\xBF") + (expected + QStringLiteral(";x")).toUtf8());
    REQUIRE(b.ok());
    CHECK(b->encoding == QStringLiteral("UTF-8 BOM"));
    CHECK(b->records.first().first() == expected);
    auto c = csv::Reader::read((expected + QStringLiteral(";x")).toUtf8());
    CHECK(c->records.first().first() == expected);
}

TEST_CASE("csv: amounts with decimal commas or points and thousands separators, and what is not an amount", "[csv]")
{
    CHECK(csv::parseCents(QStringLiteral("1.234,56")) == 123456);
    CHECK(csv::parseCents(QStringLiteral("1234,5")) == 123450);
    CHECK(csv::parseCents(QStringLiteral("1,234.56")) == 123456);
    CHECK(csv::parseCents(QStringLiteral("1.234")) == 123400);
    CHECK(csv::parseCents(QStringLiteral("-3")) == -300);
    CHECK(csv::parseCents(QStringLiteral("12 €")) == 1200);
    CHECK(!csv::parseCents(QStringLiteral("12.3456")));
    CHECK(!csv::parseCents(QStringLiteral("1,234,56")));
    CHECK(!csv::parseCents(QStringLiteral("doce")));
    CHECK(!csv::parseCents(QString()));
    CHECK(csv::formatCents(-123456) == QStringLiteral("-1234,56"));
    CHECK(csv::formatCents(5) == QStringLiteral("0,05"));
}

TEST_CASE("csv: what is written reads back the same, and a formula-like text is not run by a spreadsheet", "[csv]")
{
    const QList<QStringList> records{{QStringLiteral("a;b"), QStringLiteral("say \"hi\""), QStringLiteral("two\r\nlines")},
                                     {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral(" padded "), QString()}};
    const QByteArray bytes = csv::write(records);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("'=HYPERLINK"));
    auto back = csv::Reader::read(bytes);
    REQUIRE(back.ok());
    REQUIRE(back->records.size() == 2);
    CHECK(back->records.at(0) == records.at(0));
    CHECK(csv::unprotect(back->records.at(1).at(0)) == records.at(1).at(0));
    CHECK(back->records.at(1).at(1) == QStringLiteral(" padded "));
}

TEST_CASE("csv: an Excel file's preview names every row's problem, and the import writes all or nothing", "[csv][import]")
{
    TestDatabase db;
    CsvTransfer transfer(*db);
    auto preview = transfer.previewCustomers(excelFile());
    REQUIRE(preview.ok());
    CHECK(preview->encoding == QStringLiteral("UTF-8 BOM"));
    CHECK(preview->separator == QLatin1Char(';'));
    CHECK(preview->columns.mid(0, 3) == QStringList{QStringLiteral("name"), QStringLiteral("tax_id"), QStringLiteral("phone")});
    CHECK(preview->fileProblems.isEmpty());
    REQUIRE(preview->rows.size() == 4);
    CHECK(preview->rows.at(0).line == 2);
    CHECK(preview->rows.at(0).customer.address == QStringLiteral("Calle Mayor 3 Escalera B, 2º"));
    CHECK(preview->rows.at(0).problems.isEmpty());
    CHECK(preview->rows.at(1).line == 4);  // the quoted line break counted
    CHECK(preview->rows.at(1).customer.postcode == QStringLiteral("08001"));
    CHECK(preview->rows.at(1).problems.isEmpty());
    // The broken row: a field too many and an e-mail that is not one.
    REQUIRE(preview->rows.at(2).problems.size() == 2);
    CHECK(preview->rows.at(2).problems.at(0).startsWith(QStringLiteral("8 fields where the header has 7")));
    CHECK(preview->rows.at(2).problems.at(1).contains(QStringLiteral("pedro@example")));
    // The duplicate: the same NIF written another way.
    CHECK(preview->rows.at(3).problems == QStringList{QStringLiteral("The same NIF as line 2.")});
    CHECK(preview->problemRows() == 2);
    CHECK(!preview->canImport());

    auto refused = transfer.importCustomers(excelFile(), Actor{});
    REQUIRE(!refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("have problems; nothing was imported. line 5: 8 fields")));
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM customers")) == 0);

    // Without the two bad rows, all of it; then the same file again is all duplicates of customers there.
    QList<QByteArray> lines = excelFile().split('\n');
    const QByteArray fixed = lines.mid(0, 4).join('\n') + '\n';
    auto imported = transfer.importCustomers(fixed, Actor{});
    REQUIRE(imported.ok());
    CHECK(*imported == 2);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM customers")) == 2);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM sites")) == 2);
    auto carmen = CustomerRepository(*db).search(QStringLiteral("Carmen"));
    REQUIRE(carmen->size() == 1);
    CHECK(carmen->first().taxId == QStringLiteral("12345678Z"));
    auto twice = transfer.previewCustomers(fixed);
    CHECK(twice->rows.at(0).problems.first().startsWith(QStringLiteral("Already a customer: Carmen Núñez Ibáñez has the NIF")));
    CHECK(!transfer.importCustomers(fixed, Actor{}).ok());
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM customers")) == 2);
}

TEST_CASE("csv: English headers in any case, a missing name column and an empty file are explained", "[csv][import]")
{
    TestDatabase db;
    CsvTransfer transfer(*db);
    auto english = transfer.previewCustomers(QByteArray("NAME,Tax_ID,Postal Code,E-mail\nAnn Smith,,SW1A 1AA,ann@example.co.uk\n"));
    REQUIRE(english.ok());
    CHECK(english->canImport());
    CHECK(english->rows.first().customer.postcode == QStringLiteral("SW1A 1AA"));
    CHECK(english->rows.first().customer.email == QStringLiteral("ann@example.co.uk"));
    auto noName = transfer.previewCustomers(QByteArray("Apellido;Teléfono\nRuiz;600\n"));
    CHECK(noName->fileProblems.first().contains(QStringLiteral("Nombre or name")));
    CHECK(!transfer.previewCustomers(QByteArray())->fileProblems.isEmpty());
    CHECK(!transfer.importCustomers(QByteArray(), Actor{}).ok());
}

TEST_CASE("csv: a bounded fuzz run over random and mutated files never crashes, and every failure has a message", "[csv][fuzz]")
{
    TestDatabase db;
    CsvTransfer transfer(*db);
    QRandomGenerator random(20261202);  // fixed: a failure replays
    const QByteArray seed = excelFile();
    static const char chars[] = "\";,\r\n\t aZ\xC3\xB1\xEF\xBB\xBF\x80\xFF\x00=";
    const QByteArray alphabet(chars, sizeof(chars) - 1);
    for (int round = 0; round < 3000; ++round) {
        QByteArray input;
        if (round % 3 == 0) {
            const int n = random.bounded(200);
            for (int i = 0; i < n; ++i)
                input.append(alphabet.at(random.bounded(alphabet.size())));
        } else {
            input = seed;
            const int mutations = 1 + random.bounded(8);
            for (int m = 0; m < mutations && !input.isEmpty(); ++m) {
                const int at = random.bounded(input.size());
                switch (random.bounded(4)) {
                case 0: input[at] = alphabet.at(random.bounded(alphabet.size())); break;
                case 1: input.remove(at, 1 + random.bounded(5)); break;
                case 2: input.insert(at, alphabet.at(random.bounded(alphabet.size()))); break;
                default: input.insert(at, input.mid(random.bounded(input.size()), random.bounded(40))); break;
                }
            }
        }
        INFO("round " << round);
        auto table = csv::Reader::read(input);
        if (!table)
            CHECK(!table.error().message.isEmpty());
        else
            CHECK(table->records.size() == table->lines.size());
        auto preview = transfer.previewCustomers(input);
        REQUIRE(preview.ok());
        for (const CustomerImportRow &row : preview->rows)
            for (const QString &problem : row.problems)
                CHECK(!problem.isEmpty());
        if (!preview->canImport())
            CHECK((!preview->fileProblems.isEmpty() || preview->problemRows() > 0 || preview->rows.isEmpty()));
    }
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM customers")) == 0);
}

TEST_CASE("csv: the orders' export is a Spanish spreadsheet file with one row per order and its base in euros", "[csv][export]")
{
    TestDatabase db;
    addTeam(*db);
    const Id customer = addCustomer(*db, QStringLiteral("Lucía; \"la del 3º\""));
    NewWorkOrder n;
    n.customerId = customer;
    n.title = QStringLiteral("Ventanas\ncocina");
    LineItem a;
    a.description = QStringLiteral("Ventana");
    a.quantity = 2000;
    a.unitPrice = 32050;
    LineItem b;
    b.description = QStringLiteral("Mano de obra");
    b.quantity = 1500;
    b.unitPrice = 3500;
    n.lines = {a, b};
    auto o = WorkOrderService(*db).create(n, Actor{});
    REQUIRE(o.ok());
    n.lines = {};
    n.title = QStringLiteral("Sin líneas");
    REQUIRE(WorkOrderService(*db).create(n, Actor{}).ok());

    auto bytes = CsvTransfer(*db).exportOrders();
    REQUIRE(bytes.ok());
    auto table = csv::Reader::read(*bytes);
    REQUIRE(table.ok());
    CHECK(table->separator == QLatin1Char(';'));
    REQUIRE(table->records.size() == 3);
    CHECK(table->records.at(0).first() == QStringLiteral("Number"));
    const QStringList first = table->records.at(2);  // newest first: the order with lines is the older
    CHECK(first.at(0) == o->number);
    CHECK(first.at(1) == QStringLiteral("Lucía; \"la del 3º\""));
    CHECK(first.at(8) == QStringLiteral("Ventanas\ncocina"));
    CHECK(first.at(13) == QStringLiteral("693,50"));
    CHECK(table->records.at(1).at(13) == QStringLiteral("0,00"));
}
