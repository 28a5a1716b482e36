#include "core/billing/Catalogue.h"

#include "core/storage/StatementTrace.h"

#include "support/TestDatabase.h"

#include <QSqlQuery>

using namespace ordo;
using namespace ordo::test;

namespace {

CatalogueItem item(const QString &code, const QString &description, Cents price, BasisPoints vat = 2100)
{
    CatalogueItem i;
    i.code = code;
    i.description = description;
    i.unitPrice = price;
    i.vatRate = vat;
    return i;
}

Actor office()
{
    Actor a;
    a.name = QStringLiteral("Rosa Navarro");
    a.kind = ActorKind::Person;
    a.permissions = defaultPermissions(AccessRole::Office);
    a.permissions.set(Permission::ManageCompany, false);
    return a;
}

} // namespace

TEST_CASE("a catalogue item is added, found, edited, deactivated, and a stale copy is refused", "[catalogue]")
{
    TestDatabase db;
    Catalogue catalogue(*db);
    auto id = catalogue.add(item(QStringLiteral("VPVC-120"), QStringLiteral("Ventana PVC 120×120"), 32000), Actor{});
    REQUIRE(id.ok());
    auto found = catalogue.find(*id);
    REQUIRE(found.ok());
    CHECK(found->unitPrice == 32000);
    CHECK(found->unit == QStringLiteral("ud"));

    CHECK(catalogue.add(item(QStringLiteral("vpvc-120"), QStringLiteral("Otra"), 1), Actor{}).error().code == ErrorCode::Invalid);
    CHECK(catalogue.add(item(QStringLiteral("X"), QStringLiteral("IVA raro"), 1, 1600), Actor{}).error().code == ErrorCode::Invalid);
    CHECK(catalogue.add(item(QStringLiteral("Y"), QString(), 1), Actor{}).error().code == ErrorCode::Invalid);

    CatalogueItem edited = *found;
    edited.unitPrice = 34500;
    edited.vatRate = 1000;
    auto saved = catalogue.update(edited, Actor{});
    REQUIRE(saved.ok());
    CHECK(saved->unitPrice == 34500);
    CHECK(saved->vatRate == 1000);
    CHECK(catalogue.update(edited, Actor{}).error().code == ErrorCode::Conflict);  // the old version

    REQUIRE(catalogue.setActive(*id, false, Actor{}).ok());
    CHECK(catalogue.search(QStringLiteral("ventana"))->isEmpty());
    CHECK(catalogue.page({}, 10, false)->isEmpty());
    CHECK(catalogue.page({}, 10, true)->size() == 1);
}

TEST_CASE("the catalogue is searched by code or description without accents, and paged by code", "[catalogue]")
{
    TestDatabase db;
    Catalogue catalogue(*db);
    REQUIRE(catalogue.add(item(QStringLiteral("VALU-100"), QStringLiteral("Ventana de aluminio 100×120"), 41000), Actor{}).ok());
    REQUIRE(catalogue.add(item(QStringLiteral("PER-01"), QStringLiteral("Persiana térmica"), 18000), Actor{}).ok());
    REQUIRE(catalogue.add(item(QStringLiteral("MO-H"), QStringLiteral("Mano de obra (hora)"), 3500), Actor{}).ok());

    auto byWords = catalogue.search(QStringLiteral("ALUMINIO vent"));
    REQUIRE(byWords->size() == 1);
    CHECK(byWords->first().code == QStringLiteral("VALU-100"));
    REQUIRE(catalogue.search(QStringLiteral("termica"))->size() == 1);
    CHECK(catalogue.search(QStringLiteral("Térmica"))->first().code == QStringLiteral("PER-01"));
    CHECK(catalogue.search(QStringLiteral("mo-h"))->first().description == QStringLiteral("Mano de obra (hora)"));
    CHECK(catalogue.search(QStringLiteral("50%"))->isEmpty());
    CHECK(catalogue.search(QStringLiteral("   "))->isEmpty());

    auto first = catalogue.page({}, 2, false);
    REQUIRE(first->size() == 2);
    CHECK(first->at(0).code == QStringLiteral("MO-H"));
    CHECK(first->at(1).code == QStringLiteral("PER-01"));
    auto second = catalogue.page(first->last().code, 2, false);
    REQUIRE(second->size() == 1);
    CHECK(second->first().code == QStringLiteral("VALU-100"));
}

TEST_CASE("a CSV file adds new codes and updates the ones already there", "[catalogue]")
{
    TestDatabase db;
    Catalogue catalogue(*db);
    REQUIRE(catalogue.add(item(QStringLiteral("MOS-01"), QStringLiteral("Mosquitera"), 5000), Actor{}).ok());
    const QByteArray csv = QStringLiteral("\uFEFF" "Código;Descripción;Precio;IVA;Unidad;Tipo\r\n"
                                          "VPVC-120;\"Ventana PVC; oscilobatiente\";1.234,50;21%;ud;producto\r\n"
                                          "mos-01;Mosquitera enrollable;65,5;21;ud;producto\r\n"
                                          "\r\n"
                                          "MO-H;Mano de obra;35.00;21 %;h;servicio\r\n")
                               .toUtf8();
    auto done = catalogue.importCsv(csv, Actor{});
    REQUIRE(done.ok());
    CHECK(done->added == 2);
    CHECK(done->updated == 1);
    CHECK(catalogue.page({}, 10, true)->size() == 3);
    auto window = catalogue.findByCode(QStringLiteral("vpvc-120"));
    REQUIRE(*window);
    CHECK((*window)->description == QStringLiteral("Ventana PVC; oscilobatiente"));
    CHECK((*window)->unitPrice == 123450);
    auto screen = *catalogue.findByCode(QStringLiteral("MOS-01"));
    CHECK(screen->unitPrice == 6550);
    CHECK(screen->description == QStringLiteral("Mosquitera enrollable"));
    auto labour = *catalogue.findByCode(QStringLiteral("MO-H"));
    CHECK(labour->kind == CatalogueItem::Kind::Service);
    CHECK(labour->unit == QStringLiteral("h"));

    const QByteArray commas = "code,description,price,vat\nMO-H,Mano de obra,\"36,00\",21\n";
    auto again = catalogue.importCsv(commas, Actor{});
    REQUIRE(again.ok());
    CHECK(again->updated == 1);
    CHECK(again->added == 0);
    CHECK((*catalogue.findByCode(QStringLiteral("MO-H")))->unitPrice == 3600);
}

TEST_CASE("a CSV file with a bad row names its line and reason and imports nothing", "[catalogue]")
{
    TestDatabase db;
    Catalogue catalogue(*db);
    auto refused = [&](const QByteArray &csv) {
        auto r = catalogue.importCsv(csv, Actor{});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Invalid);
        CHECK(catalogue.page({}, 10, true)->isEmpty());
        return r.error().message;
    };
    CHECK(refused("codigo;descripcion;precio;iva\nA;Uno;10;21\nB;Dos;diez;21\n") == QStringLiteral("Line 3: the price “diez” is not an amount in euros."));
    CHECK(refused("codigo;descripcion;precio;iva\nA;Uno;10;21\n\nB;Dos;10;16%\n") == QStringLiteral("Line 4: the VAT “16%” is not 21, 10, 4 or 0 %."));
    CHECK(refused("codigo;descripcion;precio;iva\nA;Uno;10;21\na;Otra vez;10;21\n") == QStringLiteral("Line 3: the code a is already on line 2."));
    CHECK(refused("codigo;descripcion;precio;iva\nA;;10;21\n").startsWith(QStringLiteral("Line 2: ")));
    CHECK(refused("codigo;descripcion;precio;iva;tipo\nA;Uno;10;21;regalo\n").contains(QStringLiteral("regalo")));
    CHECK(refused("codigo;descripcion;precio\nA;Uno;10\n") == QStringLiteral("Line 1: the header has no column “VAT”."));
    CHECK(refused("codigo;color;precio;iva\n").contains(QStringLiteral("“color”")));
    CHECK(refused("").contains(QStringLiteral("empty")));
    CHECK(refused("codigo;descripcion;precio;iva\n\xff\xfe;x;1;21\n").contains(QStringLiteral("UTF-8")));
}

TEST_CASE("editing or importing the catalogue without the permission to manage the company is refused", "[catalogue]")
{
    TestDatabase db;
    Catalogue catalogue(*db);
    const Actor rosa = office();
    auto added = catalogue.add(item(QStringLiteral("A"), QStringLiteral("Uno"), 100), rosa);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::NotPermitted);
    CHECK(catalogue.importCsv("codigo;descripcion;precio;iva\nA;Uno;10;21\n", rosa).error().code == ErrorCode::NotPermitted);
    CHECK(catalogue.page({}, 10, true)->isEmpty());

    const Id id = *catalogue.add(item(QStringLiteral("A"), QStringLiteral("Uno"), 100), Actor{});
    CHECK(catalogue.setActive(id, false, rosa).error().code == ErrorCode::NotPermitted);
    CHECK(catalogue.find(id)->active);
    CHECK(catalogue.search(QStringLiteral("uno"))->size() == 1);  // reading needs no permission
}

TEST_CASE("the catalogue's lists are read through their indexes", "[catalogue][sqlite]")
{
    TestDatabase db;
    Catalogue catalogue(*db);
    REQUIRE(catalogue.add(item(QStringLiteral("A"), QStringLiteral("Uno"), 100), Actor{}).ok());
    StatementTrace trace(*db);
    REQUIRE(trace.valid());
    trace.start();
    REQUIRE(catalogue.page({}, 50, true).ok());
    REQUIRE(catalogue.page(QStringLiteral("A"), 50, false).ok());
    REQUIRE(catalogue.search(QStringLiteral("uno")).ok());
    const QStringList statements = trace.stop();
    REQUIRE(statements.size() == 3);
    const QStringList indexes{QStringLiteral("sqlite_autoindex_catalogue_items"), QStringLiteral("catalogue_active_by_code"),
                              QStringLiteral("catalogue_active_by_code")};
    for (int i = 0; i < statements.size(); ++i) {
        QSqlQuery plan((*db).connection());
        REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statements.at(i)));
        QStringList details;
        while (plan.next())
            details << plan.value(3).toString();
        INFO(statements.at(i).toStdString() << "\n" << details.join(QLatin1Char('\n')).toStdString());
        CHECK(details.join(QLatin1Char(' ')).contains(indexes.at(i)));
        if (i < 2)  // the pages come in index order; the search sorts its few matches
            CHECK_FALSE(details.join(QLatin1Char(' ')).contains(QLatin1String("TEMP B-TREE")));
    }
}
