#include "core/assets/Assets.h"
#include "core/common/Csv.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/usecases/CsvTransfer.h"

#include "support/TestDatabase.h"

#include <algorithm>

using namespace ordo;
using namespace ordo::test;

namespace {

// Two customers as a customers' import leaves them (each with the site at their own address), and a
// third with no NIF whose name is shared by nobody.
struct Customers
{
    explicit Customers(Database &db)
    {
        const QByteArray file = QByteArray("\xEF\xBB\xBF")
                                + QStringLiteral("Nombre;NIF;Teléfono;Email;Dirección;Código postal;Ciudad\r\n"
                                                 "Carmen Núñez Ibáñez;12345678Z;600 11 22 33;carmen@example.es;Calle Mayor 3;28013;Madrid\r\n"
                                                 "Talleres Ñandú S.L.;B12345674;91 555 66 77;;Polígono Sur, nave 4;08001;Barcelona\r\n"
                                                 "Pedro Ruiz;;611 22 33 44;pedro@example.es;;;\r\n")
                                      .toUtf8();
        auto imported = CsvTransfer(db).importCustomers(file, Actor{});
        INFO((imported ? QString() : imported.error().message).toStdString());
        REQUIRE(imported.ok());
    }
};

// As Excel in Spain saves "CSV UTF-8": a BOM, ';', CRLF; a quoted value with a line break, a broken
// row (a field too many), a row twice and a customer that is not there.
QByteArray excel(const QString &header, const QStringList &rows)
{
    return QByteArray("\xEF\xBB\xBF") + (QStringList{header} + rows).join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QStringList problemsOf(const ImportPreview &p, int row)
{
    return p.rows.at(row).problems;
}

} // namespace

TEST_CASE("csv import: sites from an Excel file — each row's problem shown, nothing written, then all of a good file",
          "[csv][import]")
{
    TestDatabase db;
    Customers customers(*db);
    const qint64 before = rawCount(*db, QStringLiteral("SELECT count(*) FROM sites"));
    const QString header = QStringLiteral("Cliente;NIF;Dirección;Código postal;Ciudad;Notas");
    const QStringList good{
        QStringLiteral("Carmen Núñez Ibáñez;12345678Z;Calle del Pez 8;28004;Madrid;\"Portal con código\r\n1234\""),
        QStringLiteral(";B12345674;Nave 7, Polígono Norte;8020;Barcelona;"),
        QStringLiteral("pedro ruiz;;Calle Sol 1;28004;Madrid;"),
    };
    const QStringList bad{
        QStringLiteral("Carmen Núñez Ibáñez;12345678Z;Calle Luna 2;28004;Madrid;;sobra"),       // broken
        QStringLiteral("Carmen;;Calle del Pez, 8;28004;Madrid;"),                                 // unknown customer
        QStringLiteral(";12345678Z;Calle del Pez, 8;28004;Madrid;"),                              // the same as row 1
        QStringLiteral(";12345678Z;Calle Mayor 3;28013;Madrid;"),                                 // already there
        QStringLiteral(";12345678Z;;;;"),                                                         // no address
    };
    CsvTransfer transfer(*db);
    const QByteArray file = excel(header, good + bad);
    auto preview = transfer.preview(ImportKind::Sites, file);
    REQUIRE(preview.ok());
    CHECK(preview->encoding == QStringLiteral("UTF-8 BOM"));
    CHECK(preview->separator == QLatin1Char(';'));
    REQUIRE(preview->fileProblems.isEmpty());
    REQUIRE(preview->rows.size() == 8);
    CHECK(preview->rows.at(0).problems.isEmpty());
    CHECK(preview->rows.at(0).values.first() == QStringLiteral("Carmen Núñez Ibáñez"));
    CHECK(preview->rows.at(1).line == 4);  // the quoted line break counted
    CHECK(preview->rows.at(1).values.at(2) == QStringLiteral("08020"));
    CHECK(preview->rows.at(2).values.first() == QStringLiteral("Pedro Ruiz"));  // found by name, in any case
    CHECK(problemsOf(*preview, 3).first().startsWith(QStringLiteral("7 fields where the header has 6")));
    CHECK(problemsOf(*preview, 4) == QStringList{QStringLiteral("No customer is called “Carmen”.")});
    CHECK(problemsOf(*preview, 5) == QStringList{QStringLiteral("The same site as line 2.")});
    CHECK(problemsOf(*preview, 6) == QStringList{QStringLiteral("Already a site of Carmen Núñez Ibáñez: Calle Mayor 3.")});
    CHECK(problemsOf(*preview, 7) == QStringList{QStringLiteral("No address.")});
    CHECK(preview->problemRows() == 5);
    CHECK(!preview->canImport());

    auto refused = transfer.import(ImportKind::Sites, file, Actor{});
    REQUIRE(!refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("have problems; nothing was imported. line 6: 7 fields")));
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM sites")) == before);

    auto imported = transfer.import(ImportKind::Sites, excel(header, good), Actor{});
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(*imported == 3);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM sites")) == before + 3);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM sites WHERE notes = 'Portal con código\n1234'")) == 1);
    // Imported once: the same file again is every row already there.
    CHECK(transfer.preview(ImportKind::Sites, excel(header, good))->problemRows() == 3);

    Actor clerk;
    clerk.permissions = Permissions::none();
    CHECK(transfer.import(ImportKind::Sites, excel(header, {QStringLiteral(";12345678Z;Calle Nueva 1;;;")}), clerk).error().code
          == ErrorCode::NotPermitted);
}

TEST_CASE("csv import: assets by NIF, phone or name, at a site found by its address, with Spanish or ISO dates", "[csv][import]")
{
    TestDatabase db;
    Customers customers(*db);
    CsvTransfer transfer(*db);
    // A second Pedro Ruiz makes the name ambiguous.
    addCustomer(*db, QStringLiteral("Pedro Ruiz"));
    const QString header = QStringLiteral("Cliente;NIF;Teléfono;Dirección;Tipo;Modelo;Especificación;Nº de serie;Fecha de instalación;"
                                          "Fin de garantía;Notas");
    const QStringList good{
        QStringLiteral(";12345678Z;;calle mayor, 3;Ventana;PVC oscilobatiente;120×100;SN-1;31/12/2024;31/12/2027;\"Cocina,\r\nla grande\""),
        QStringLiteral(";;+34 611 22 33 44;;Caldera;Vaillant ecoTEC;;VA-9;2023-05-02;2026-05-02;"),
        QStringLiteral("Talleres Ñandú S.L.;;;Polígono Sur, nave 4;Persiana;;;;;;"),
    };
    const QStringList bad{
        QStringLiteral(";12345678Z;;;Ventana;;;SN-2;31/02/2024;;"),                   // bad date
        QStringLiteral(";12345678Z;;;Ventana;;;sn-1;;;"),                             // the serial of row 1
        QStringLiteral("Pedro Ruiz;;;;Toldo;;;;;;"),                                   // ambiguous customer
        QStringLiteral(";99999999R;;;Toldo;;;;;;"),                                    // unknown customer
        QStringLiteral(";12345678Z;;Calle Falsa 1;;;;;;;;sobra"),                      // broken, no type, unknown site
        QStringLiteral(";12345678Z;;;Ventana;;;;2025-01-10;2024-01-10;"),             // warranty before installation
    };
    const QByteArray file = excel(header, good + bad);
    auto preview = transfer.preview(ImportKind::Assets, file);
    REQUIRE(preview.ok());
    REQUIRE(preview->fileProblems.isEmpty());
    REQUIRE(preview->rows.size() == 9);
    for (int i = 0; i < 3; ++i) {
        INFO(i << ": " << preview->rows.at(i).problems.join(QLatin1Char(' ')).toStdString());
        CHECK(preview->rows.at(i).problems.isEmpty());
    }
    CHECK(preview->rows.at(1).values.first() == QStringLiteral("Pedro Ruiz"));
    CHECK(problemsOf(*preview, 3) == QStringList{QStringLiteral("“31/02/2024” is not a date (write 31/12/2024 or 2024-12-31).")});
    CHECK(problemsOf(*preview, 4) == QStringList{QStringLiteral("The same serial number as line 2.")});
    CHECK(problemsOf(*preview, 5) == QStringList{QStringLiteral("2 customers are called “Pedro Ruiz”: give their NIF or phone.")});
    CHECK(problemsOf(*preview, 6) == QStringList{QStringLiteral("No customer has the NIF 99999999R.")});
    const QStringList broken = problemsOf(*preview, 7);
    REQUIRE(broken.size() == 3);
    CHECK(broken.at(0).startsWith(QStringLiteral("12 fields where the header has 11")));
    CHECK(broken.at(1).startsWith(QStringLiteral("Carmen Núñez Ibáñez has no site at “Calle Falsa 1”")));
    CHECK(broken.at(2).startsWith(QStringLiteral("No type")));
    CHECK(problemsOf(*preview, 8).first().startsWith(QStringLiteral("The warranty ends")));

    REQUIRE(!transfer.import(ImportKind::Assets, file, Actor{}).ok());
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM assets")) == 0);

    auto imported = transfer.import(ImportKind::Assets, excel(header, good), Actor{});
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(*imported == 3);
    auto carmen = CustomerRepository(*db).search(QStringLiteral("Carmen"));
    auto assets = AssetRegistry(*db).ofCustomer(carmen->first().id);
    REQUIRE(assets->size() == 1);
    const Asset &window = assets->first();
    CHECK(window.type == QStringLiteral("Ventana"));
    CHECK(window.specification == QStringLiteral("120×100"));
    CHECK(window.installedOn == QDate(2024, 12, 31));
    CHECK(window.warrantyUntil == QDate(2027, 12, 31));
    CHECK(window.siteAddress == QStringLiteral("Calle Mayor 3"));
    CHECK(window.notes == QStringLiteral("Cocina,\nla grande"));
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM assets WHERE serial = 'VA-9' AND installed_on = '2023-05-02'")) == 1);
    // The serial is there now: the same row again is a duplicate.
    CHECK(transfer.preview(ImportKind::Assets, excel(header, {good.first()}))->rows.first().problems.first().startsWith(
        QStringLiteral("Already an asset of Carmen Núñez Ibáñez")));
}

TEST_CASE("csv import: open orders are created as by hand, numbered, in their step, with the importer in their history",
          "[csv][import]")
{
    TestDatabase db;
    addTeam(*db);
    Customers customers(*db);
    CsvTransfer transfer(*db);
    const QString header = QStringLiteral("Cliente;NIF;Dirección;Título;Descripción;Paso;Fecha límite;Prioridad;Importe");
    const QStringList good{
        QStringLiteral(";12345678Z;Calle Mayor 3;Cambiar ventanas del salón;\"Dos hojas,\r\noscilobatiente\";Quote sent;15/01/2027;Alta;1.234,56"),
        QStringLiteral("Talleres Ñandú S.L.;;;Revisar persianas;;;2027-02-01 09:30;;"),
    };
    const QStringList bad{
        QStringLiteral(";12345678Z;;Cambiar ventanas del salón;;;;;"),          // the same order as row 1
        QStringLiteral(";12345678Z;;Otra cosa;;Paid;;;"),                         // a finished step
        QStringLiteral(";12345678Z;;Factura;;Work completed;;;"),                 // the step makes the invoice
        QStringLiteral(";12345678Z;;Algo;;Nowhere;mañana;;doce"),                 // no such step, bad date, bad amount
        QStringLiteral("Nadie;;;Algo;;;;;"),                                      // unknown customer
        QStringLiteral(";12345678Z;;;;;;;"),                                      // no title
    };
    const QByteArray file = excel(header, good + bad);
    auto preview = transfer.preview(ImportKind::Orders, file);
    REQUIRE(preview.ok());
    REQUIRE(preview->fileProblems.isEmpty());
    REQUIRE(preview->rows.size() == 8);
    CHECK(preview->rows.at(0).problems.isEmpty());
    CHECK(preview->rows.at(0).values.at(5) == QStringLiteral("1234,56"));
    CHECK(preview->rows.at(1).problems.isEmpty());
    CHECK(preview->rows.at(1).values.at(3) == QStringLiteral("Call received"));  // the map's first step
    CHECK(problemsOf(*preview, 2) == QStringList{QStringLiteral("The same order as line 2.")});
    CHECK(problemsOf(*preview, 3).first().startsWith(QStringLiteral("“Paid” is not a step of open orders")));
    CHECK(problemsOf(*preview, 4).first().startsWith(QStringLiteral("“Work completed” is about the order's invoice")));
    const QStringList three = problemsOf(*preview, 5);
    REQUIRE(three.size() == 3);
    CHECK(three.at(0).startsWith(QStringLiteral("“mañana” is not a date")));
    CHECK(three.at(1).startsWith(QStringLiteral("“doce” is not an amount")));
    CHECK(three.at(2).startsWith(QStringLiteral("The process map has no step “Nowhere”")));
    CHECK(problemsOf(*preview, 6) == QStringList{QStringLiteral("No customer is called “Nadie”.")});
    CHECK(problemsOf(*preview, 7) == QStringList{QStringLiteral("No title.")});

    REQUIRE(!transfer.import(ImportKind::Orders, file, Actor{}).ok());
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM work_orders")) == 0);

    Actor importer;
    importer.name = QStringLiteral("Lucía Importadora");
    auto imported = transfer.import(ImportKind::Orders, excel(header, good), importer);
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(*imported == 2);
    WorkOrderService orders(*db);
    auto list = orders.list(OrderFilter{});
    REQUIRE(list->size() == 2);
    const WorkOrder windows = list->at(1);  // newest first
    CHECK(windows.title == QStringLiteral("Cambiar ventanas del salón"));
    CHECK(windows.stepName == QStringLiteral("Quote sent"));
    CHECK(windows.priority == Priority::High);
    CHECK(windows.number.startsWith(WorkOrderService::numberPrefix(*db)));
    REQUIRE(windows.dueAt);
    CHECK(QDateTime::fromSecsSinceEpoch(*windows.dueAt).toLocalTime().date() == QDate(2027, 1, 15));
    auto lines = orders.lines(windows.id);
    REQUIRE(lines->size() == 1);
    CHECK(lines->first().unitPrice == 123456);
    auto history = orders.history(windows.id);
    REQUIRE(history->size() >= 2);
    CHECK(history->at(0).kind == EventKind::Created);
    CHECK(std::any_of(history->begin(), history->end(), [](const OrderEvent &e) { return e.kind == EventKind::StepMoved; }));
    for (const OrderEvent &e : *history)
        CHECK(e.actorName == QStringLiteral("Lucía Importadora"));
    CHECK(list->at(0).stepName == QStringLiteral("Call received"));
    CHECK(QDateTime::fromSecsSinceEpoch(*list->at(0).dueAt).toLocalTime().time() == QTime(9, 30));
    // Open now: the same title for the same customer is an order already there.
    CHECK(transfer.preview(ImportKind::Orders, excel(header, {good.first()}))->rows.first().problems.first().startsWith(
        QStringLiteral("Already an open order of Carmen Núñez Ibáñez")));
}

TEST_CASE("csv import: English headers, and a file whose columns do not say whom the rows are about", "[csv][import]")
{
    TestDatabase db;
    Customers customers(*db);
    CsvTransfer transfer(*db);
    auto english = transfer.preview(ImportKind::Assets, QByteArray("tax_id,type,model,serial,installed,warranty_end\n"
                                                                    "12345678Z,Boiler,Vaillant,X1,2024-12-31,31/12/2026\n"));
    REQUIRE(english.ok());
    CHECK(english->canImport());
    CHECK(english->separator == QLatin1Char(','));
    auto nobody = transfer.preview(ImportKind::Sites, QByteArray("Dirección;Ciudad\nCalle Sol 2;Madrid\n"));
    REQUIRE(nobody.ok());
    REQUIRE(!nobody->fileProblems.isEmpty());
    CHECK(nobody->fileProblems.first().contains(QStringLiteral("Cliente, NIF")));
    CHECK(!transfer.import(ImportKind::Orders, QByteArray(), Actor{}).ok());
    CHECK(CsvTransfer::parseDate(QStringLiteral("1/2/25")) == QDate(2025, 2, 1));
    CHECK(CsvTransfer::parseDate(QStringLiteral("15/06/98")) == QDate(1998, 6, 15));  // an old window, not one in 2098
    CHECK(!CsvTransfer::parseDate(QStringLiteral("2024-13-01")).isValid());
}

TEST_CASE("csv export: customers, sites and assets read back by their imports into another database, unchanged",
          "[csv][export]")
{
    TestDatabase from;
    Customers customers(*from);
    CsvTransfer source(*from);
    REQUIRE(source
                .import(ImportKind::Sites,
                        excel(QStringLiteral("NIF;Dirección;Código postal;Ciudad;Notas"),
                              {QStringLiteral("12345678Z;Calle del Pez 8;28004;Madrid;\"=1+1 no es fórmula\r\nsegunda línea\"")}),
                        Actor{})
                .ok());
    REQUIRE(source
                .import(ImportKind::Assets,
                        excel(QStringLiteral("NIF;Teléfono;Dirección;Tipo;Modelo;Nº de serie;Fecha de instalación;Fin de garantía"),
                              {QStringLiteral("12345678Z;;Calle del Pez 8;Ventana;PVC;SN-1;31/12/2024;31/12/2027"),
                               QStringLiteral(";611 22 33 44;;Caldera;;;;")}),
                        Actor{})
                .ok());

    auto customersFile = source.exportCustomers();
    auto sitesFile = source.exportSites();
    auto assetsFile = source.exportAssets();
    REQUIRE(customersFile.ok());
    REQUIRE(sitesFile.ok());
    REQUIRE(assetsFile.ok());
    CHECK(customersFile->startsWith("\xEF\xBB\xBF"));
    CHECK(sitesFile->contains("'=1+1"));  // a spreadsheet does not run it
    auto sites = csv::Reader::read(*sitesFile);
    REQUIRE(sites.ok());
    CHECK(sites->separator == QLatin1Char(';'));
    CHECK(sites->records.size() == 2);  // the header and the one site that is not a customer's own address

    TestDatabase to;
    CsvTransfer target(*to);
    auto c = target.import(ImportKind::Customers, *customersFile, Actor{});
    INFO((c ? QString() : c.error().message).toStdString());
    REQUIRE(c.ok());
    CHECK(*c == 3);
    auto s = target.import(ImportKind::Sites, *sitesFile, Actor{});
    INFO((s ? QString() : s.error().message).toStdString());
    REQUIRE(s.ok());
    CHECK(*s == 1);
    auto a = target.import(ImportKind::Assets, *assetsFile, Actor{});
    INFO((a ? QString() : a.error().message).toStdString());
    REQUIRE(a.ok());
    CHECK(*a == 2);
    CHECK(target.exportCustomers().value() == *customersFile);
    CHECK(target.exportSites().value() == *sitesFile);
    CHECK(target.exportAssets().value() == *assetsFile);
}
