#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/Verifactu.h"
#include "core/billing/VerifactuService.h"
#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"

#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace ordo;
using namespace ordo::test;

namespace {

const Actor pilar{std::nullopt, QStringLiteral("Pilar Navarro")};

bool rawTry(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

QDateTime madrid(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone("Europe/Madrid"));
}

struct Fixture
{
    TestDatabase db;
    CompanyProfiles companyProfiles{*db};
    InvoiceDrafts drafts{*db};
    InvoiceLedger ledger{*db};
    VerifactuService verifactu{*db};
    WorkOrderService orders{*db};
    Clock::Override clock{madrid(2026, 11, 30, 22)};
    Id customerId = 0;

    Fixture()
    {
        addTeam(*db);
        CompanyProfile company;
        company.legalName = QStringLiteral("Ventanas Sol S.L.");
        company.taxId = QStringLiteral("B12345678");
        company.address = QStringLiteral("Calle del Sol 5");
        REQUIRE(companyProfiles.save(company).ok());
        Customer c;
        c.name = QStringLiteral("Carmen López");
        c.taxId = QStringLiteral("12345678Z");
        c.address = QStringLiteral("Calle Mayor 12");
        customerId = *CustomerRepository(*db).add(c);
    }

    Invoice issued(QList<LineItem> lines = {})
    {
        NewWorkOrder n;
        n.customerId = customerId;
        n.title = QStringLiteral("Windows");
        n.lines = lines.isEmpty() ? QList<LineItem>{{0, 0, QStringLiteral("PVC window 120×140"), 3000, 38500, 2100, 0},
                                                     {0, 0, QStringLiteral("Installation"), 1000, 9000, 1000, 0}}
                                  : lines;
        auto o = orders.create(n, pilar);
        REQUIRE(o.ok());
        auto draft = drafts.createFromOrder(o->id, pilar);
        REQUIRE(draft.ok());
        auto inv = ledger.issue(draft->id, draft->version, pilar);
        INFO((inv ? QString() : inv.error().message).toStdString());
        REQUIRE(inv.ok());
        return *inv;
    }
};

} // namespace

TEST_CASE("the huella of the AEAT's own examples of an alta and an anulación", "[verifactu]")
{
    verifactu::Record alta;
    alta.id = {QStringLiteral("89890001K"), QStringLiteral("12345678/G33"), QDate(2024, 1, 1)};
    alta.type = QStringLiteral("F1");
    alta.quotaTotal = 1235;
    alta.amountTotal = 12345;
    alta.generatedAt = QDateTime(QDate(2024, 1, 1), QTime(19, 20, 30), QTimeZone("Europe/Madrid"));
    CHECK(verifactu::huellaInput(alta) ==
          QStringLiteral("IDEmisorFactura=89890001K&NumSerieFactura=12345678/G33&FechaExpedicionFactura=01-01-2024&TipoFactura=F1"
                         "&CuotaTotal=12.35&ImporteTotal=123.45&Huella=&FechaHoraHusoGenRegistro=2024-01-01T19:20:30+01:00"));
    CHECK(verifactu::computeHuella(alta) == QStringLiteral("3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60"));

    verifactu::Record anulacion;
    anulacion.kind = verifactu::RecordKind::Anulacion;
    anulacion.id = {QStringLiteral("89890001K"), QStringLiteral("12345679/G34"), QDate(2024, 1, 1)};
    anulacion.previous = alta.id;
    anulacion.previousHuella = QStringLiteral("F7B94CFD8924EDFF273501B01EE5153E4CE8F259766F88CF6ACB8935802A2B97");
    anulacion.generatedAt = QDateTime(QDate(2024, 1, 1), QTime(19, 20, 40), QTimeZone("Europe/Madrid"));
    CHECK(verifactu::computeHuella(anulacion) == QStringLiteral("177547C0D57AC74748561D054A9CEC14B4C4EA23D1BEFD6F2E69E3A388F90C68"));
}

TEST_CASE("amounts, dates and time offsets are written as the AEAT reads them", "[verifactu]")
{
    CHECK(verifactu::amount(0) == QStringLiteral("0.00"));
    CHECK(verifactu::amount(-50) == QStringLiteral("-0.50"));
    CHECK(verifactu::amount(123456789) == QStringLiteral("1234567.89"));
    CHECK(verifactu::rate(2100) == QStringLiteral("21.00"));
    CHECK(verifactu::date(QDate(2026, 3, 5)) == QStringLiteral("05-03-2026"));
    CHECK(verifactu::timestamp(madrid(2026, 11, 30, 22)) == QStringLiteral("2026-11-30T22:00:00+01:00"));
    CHECK(verifactu::timestamp(madrid(2026, 7, 1, 9)) == QStringLiteral("2026-07-01T09:00:00+02:00"));
    CHECK(verifactu::normalizeNif(QStringLiteral(" b-12.345.678 ")) == QStringLiteral("B12345678"));
    CHECK(verifactu::normalizeNif(QStringLiteral("1234567L")) == QStringLiteral("01234567L"));
    CHECK(verifactu::qrUrl(QStringLiteral("https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR"), QStringLiteral("89890001K"),
                           QStringLiteral("12345678&G33"), QDate(2024, 1, 1), 24199) ==
          QStringLiteral("https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR?nif=89890001K&numserie=12345678%26G33&fecha=01-01-2024"
                         "&importe=241.99"));
}

TEST_CASE("issuing writes the registro de alta in the same transaction, chained per issuer across series", "[verifactu]")
{
    Fixture f;
    const Invoice first = f.issued();
    auto records = f.verifactu.records();
    REQUIRE(records.ok());
    REQUIRE(records->size() == 1);
    const VerifactuRecord a = records->first();
    CHECK(a.invoiceId == first.id);
    CHECK(a.invoiceType == QStringLiteral("F1"));
    CHECK(a.issueDate == QStringLiteral("30-11-2026"));
    CHECK(a.generatedAt == QStringLiteral("2026-11-30T22:00:00+01:00"));
    CHECK(a.previousHuella.isEmpty());
    CHECK(a.xml.contains("<sf:PrimerRegistro>S</sf:PrimerRegistro>"));
    CHECK(a.amountTotal == verifactu::amount(first.totals.total));
    CHECK(a.state == QStringLiteral("pending"));

    auto draft = f.ledger.createRectifying(first.id, QStringLiteral("Wrong price"), pilar);
    REQUIRE(draft.ok());
    auto rectifying = f.ledger.issue(draft->id, draft->version, pilar);
    REQUIRE(rectifying.ok());
    records = f.verifactu.records();
    REQUIRE(records->size() == 2);
    const VerifactuRecord r = records->at(1);
    CHECK(r.chainIndex == 2);
    CHECK(r.invoiceType == QStringLiteral("R1"));
    CHECK(r.previousHuella == a.huella);
    CHECK(r.xml.contains("<sf:TipoRectificativa>I</sf:TipoRectificativa>"));
    CHECK(r.xml.contains("<sf:NumSerieFactura>" + first.number.toUtf8() + "</sf:NumSerieFactura>"));
    CHECK(r.amountTotal.startsWith(QLatin1Char('-')));

    auto annulled = f.verifactu.annul(first.id, QStringLiteral("Issued twice by mistake"), pilar);
    REQUIRE(annulled.ok());
    CHECK(annulled->kind == verifactu::RecordKind::Anulacion);
    CHECK(annulled->previousHuella == r.huella);
    CHECK(annulled->invoiceNumber == first.number);
    CHECK_FALSE(f.verifactu.annul(first.id, QStringLiteral("again"), pilar).ok());
}

TEST_CASE("a record cannot be changed or deleted, even behind Ordo's back; its sending state can", "[verifactu]")
{
    Fixture f;
    f.issued();
    CHECK_FALSE(rawTry(*f.db, QStringLiteral("UPDATE verifactu_records SET huella = 'X'")));
    CHECK_FALSE(rawTry(*f.db, QStringLiteral("UPDATE verifactu_records SET xml = ''")));
    CHECK_FALSE(rawTry(*f.db, QStringLiteral("DELETE FROM verifactu_records")));
    rawExec(*f.db, QStringLiteral("UPDATE verifactu_records SET state = 'accepted', csv = 'A-123'"));
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM verifactu_records WHERE state = 'accepted'")) == 1);
}

TEST_CASE("invoice verify checks the VERI*FACTU chain: a record rewritten behind Ordo's back shows", "[verifactu]")
{
    Fixture f;
    f.issued();
    const Invoice second = f.issued();
    auto sound = f.ledger.verifyChain();
    REQUIRE(sound.ok());
    CHECK(sound->ok());
    // Someone drops the guard and moves the first record's time: its Huella no longer matches.
    dropGuards(*f.db);
    rawExec(*f.db, QStringLiteral("UPDATE verifactu_records SET generated_at = '2026-11-30T21:00:00+01:00' WHERE chain_index = 1"));
    auto check = f.ledger.verifyChain();
    REQUIRE(check.ok());
    CHECK_FALSE(check->ok());
    INFO(check->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(check->problems.join(QLatin1Char('\n')).contains(QStringLiteral("its Huella does not match")));
    // A record that no longer follows the one before it.
    rawExec(*f.db, QStringLiteral("UPDATE verifactu_records SET previous_huella = 'ABC' WHERE chain_index = 2"));
    check = f.ledger.verifyChain();
    REQUIRE(check.ok());
    CHECK(check->problems.join(QLatin1Char('\n')).contains(QStringLiteral("does not follow the record before it")));
    CHECK(check->problems.join(QLatin1Char('\n')).contains(second.number));
}

TEST_CASE("0 % lines follow the company's setting: exempt, reverse charge or not subject", "[verifactu]")
{
    Fixture f;
    const QList<LineItem> zero{{0, 0, QStringLiteral("Subcontracted installation"), 1000, 50000, 0, 0}};
    auto records = [&] { return *f.verifactu.records(); };
    f.issued(zero);
    CHECK(records().last().xml.contains("<sf:OperacionExenta>E1</sf:OperacionExenta>"));
    CHECK_FALSE(records().last().xml.contains("TipoImpositivo"));

    VerifactuSettings s = f.verifactu.settings();
    s.zeroVat = QStringLiteral("S2");
    REQUIRE(f.verifactu.saveSettings(s).ok());
    f.issued(zero);
    CHECK(records().last().xml.contains("<sf:CalificacionOperacion>S2</sf:CalificacionOperacion><sf:TipoImpositivo>0.00"));
    s.zeroVat = QStringLiteral("X9");
    CHECK_FALSE(f.verifactu.saveSettings(s).ok());
}

TEST_CASE("an issuer without a Spanish NIF cannot issue, and the refused attempt leaves no record and no number", "[verifactu]")
{
    Fixture f;
    CompanyProfile company = f.companyProfiles.load();
    company.taxId = QStringLiteral("12");
    REQUIRE(f.companyProfiles.save(company).ok());
    NewWorkOrder n;
    n.customerId = f.customerId;
    n.title = QStringLiteral("Door");
    n.lines = {{0, 0, QStringLiteral("Door"), 1000, 10000, 2100, 0}};
    auto o = f.orders.create(n, pilar);
    auto draft = f.drafts.createFromOrder(o->id, pilar);
    auto refused = f.ledger.issue(draft->id, draft->version, pilar);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("NIF")));
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM verifactu_records")) == 0);
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM invoices WHERE number IS NOT NULL")) == 0);
}
