// Invoices as Real Decreto 1619/2012 reads them: what is printed is what was issued, one invoice
// per job, rectifying invoices that never credit more than remains, simplified invoices, why a line
// carries no VAT, positive payments, and a verification that finds what was taken out or rewritten.
#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoiceNumbering.h"
#include "core/billing/InvoicePayments.h"
#include "core/billing/InvoiceQueries.h"
#include "core/billing/TaxCauses.h"
#include "core/billing/VerifactuService.h"
#include "core/common/Clock.h"
#include "core/common/DocumentText.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/reports/WeeklyReport.h"
#include "core/storage/Database.h"
#include "core/usecases/InvoiceIssuing.h"
#include "core/usecases/OrderMoves.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace ordo;
using namespace ordo::test;

namespace {

const Actor pilar{std::nullopt, QStringLiteral("Pilar Navarro")};

QDateTime madrid(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone("Europe/Madrid"));
}

struct Fixture
{
    TestDatabase db;
    Team team = addTeam(*db);
    InvoiceQueries invoices{*db};
    InvoiceDrafts drafts{*db};
    InvoiceLedger ledger{*db};
    WorkOrderService orders{*db};
    Clock::Override clock{madrid(2026, 11, 23)};

    Fixture() { addCompanyProfile(*db); }

    Id customer(const QString &taxId = QStringLiteral("12345678Z"))
    {
        Customer c;
        c.name = QStringLiteral("Carmen López");
        c.taxId = taxId;
        c.address = QStringLiteral("Calle Mayor 12");
        c.postcode = QStringLiteral("28013");
        c.city = QStringLiteral("Madrid");
        return *CustomerRepository(*db).add(c);
    }

    WorkOrder order(Id customerId = 0, QList<LineItem> lines = {})
    {
        NewWorkOrder n;
        n.customerId = customerId ? customerId : customer();
        n.title = QStringLiteral("Three windows");
        n.lines = lines.isEmpty() ? QList<LineItem>{{0, 0, QStringLiteral("PVC window 120×140"), 3000, 38500, 2100, 0},
                                                    {0, 0, QStringLiteral("Installation"), 1000, 9000, 1000, 0}}
                                  : lines;
        auto o = orders.create(n, pilar);
        REQUIRE(o.ok());
        return *o;
    }

    Invoice issue(const Invoice &draft)
    {
        auto inv = ledger.issue(draft.id, draft.version, pilar);
        INFO((inv ? QString() : inv.error().message).toStdString());
        REQUIRE(inv.ok());
        return *inv;
    }

    Invoice issued(Id customerId = 0)
    {
        auto draft = drafts.createFromOrder(order(customerId).id, pilar);
        REQUIRE(draft.ok());
        return issue(*draft);
    }

    qint64 count(const QString &sql)
    {
        return db->scalar(sql)->toLongLong();
    }
};

} // namespace

TEST_CASE("a reprint after the company's data changed is the invoice as issued: name, NIF, address and IBAN", "[billing][law]")
{
    Fixture f;
    const Invoice inv = f.issued();
    CompanyProfile changed = CompanyProfiles(*f.db).load();
    changed.legalName = QStringLiteral("Otra Empresa S.A.");
    changed.taxId = QStringLiteral("A58818501");
    changed.address = QStringLiteral("Gran Vía 1");
    changed.iban = QStringLiteral("ES76 0081 0000 0000 0000 0000");
    REQUIRE(CompanyProfiles(*f.db).save(changed).ok());

    const Invoice again = *f.invoices.find(inv.id);
    const CompanyProfile printed = again.printedIssuer(CompanyProfiles(*f.db).load());
    CHECK(printed.legalName == QStringLiteral("Ventanas Sol S.L."));
    CHECK(printed.taxId == QStringLiteral("B12345678"));
    CHECK(printed.address == QStringLiteral("Calle del Sol 5"));
    CHECK(printed.iban == QStringLiteral("ES91 2100 0418 4502 0005 1332"));
    // A draft shows the company as it is now.
    auto draft = f.drafts.createFromOrder(f.order().id, pilar);
    CHECK(draft->printedIssuer(CompanyProfiles(*f.db).load()).legalName == QStringLiteral("Otra Empresa S.A."));
    // One stored profile per distinct content: the second company's is kept when its first invoice is.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM issuer_profiles")) == 1);
    f.issue(*draft);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM issuer_profiles")) == 2);
    CHECK(f.ledger.verifyChain()->ok());
}

TEST_CASE("the operation date is the day the work was completed, kept when it is not the issue date", "[billing][law]")
{
    Fixture f;
    const WorkOrder o = f.order();
    auto wf = *WorkflowRepository(*f.db).defaultLatest();
    // The work is done on 20 November: the order enters the step that drafts the invoice.
    {
        Clock::Override done{madrid(2026, 11, 20, 17)};
        for (const char *step : {"Installation scheduled", "In progress", "Work completed"}) {
            auto current = *f.orders.find(o.id);
            auto moved = OrderMoves(*f.db).move(o.id, current.version, wf.stepNamed(QString::fromUtf8(step))->id, pilar);
            INFO((moved ? QString() : moved.error().message).toStdString());
            REQUIRE(moved.ok());
        }
    }
    auto latest = f.invoices.latestForOrder(o.id);
    REQUIRE(latest.ok());
    REQUIRE(latest->has_value());
    CHECK((*latest)->operationDate == QStringLiteral("2026-11-20"));
    const Invoice inv = f.issue(**latest);
    CHECK(inv.operationDate == QStringLiteral("2026-11-20"));

    // Done and invoiced the same day: no separate operation date.
    const WorkOrder same = f.order();
    for (const char *step : {"Installation scheduled", "In progress", "Work completed"}) {
        auto current = *f.orders.find(same.id);
        REQUIRE(OrderMoves(*f.db).move(same.id, current.version, wf.stepNamed(QString::fromUtf8(step))->id, pilar).ok());
    }
    const Invoice sameDay = f.issue(**f.invoices.latestForOrder(same.id));
    CHECK(sameDay.operationDate.isEmpty());

    // A draft's operation date must be a date.
    auto blank = f.drafts.createFromOrder(f.order().id, pilar);
    CHECK_FALSE(f.drafts.save(blank->id, blank->version, blank->customerId, blank->lines, {}, QStringLiteral("next week"), pilar).ok());
}

TEST_CASE("an order is invoiced once: a retry answers with the invoice issued, a cancelled order is refused", "[billing][law]")
{
    Fixture f;
    const WorkOrder o = f.order();
    bool already = true;
    auto first = InvoiceIssuing(*f.db).issueForOrder(o.id, pilar, {}, &already);
    REQUIRE(first.ok());
    CHECK_FALSE(already);
    auto retry = InvoiceIssuing(*f.db).issueForOrder(o.id, pilar, {}, &already);
    REQUIRE(retry.ok());
    CHECK(already);
    CHECK(retry->number == first->number);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM invoices WHERE status <> 'draft'")) == 1);
    // A second whole invoice for the order is refused, drafted or not; the database refuses it too.
    auto second = f.drafts.createFromOrder(o.id, pilar);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(first->number));
    // A part of the job or an advance, chosen explicitly, may follow.
    auto part = InvoiceIssuing(*f.db).issueForOrder(o.id, pilar, IssueRequest{InvoiceBilling::Partial, 0}, &already);
    REQUIRE(part.ok());
    CHECK_FALSE(already);
    CHECK(part->billing == InvoiceBilling::Partial);
    auto advance = InvoiceIssuing(*f.db).issueForOrder(f.order().id, pilar, IssueRequest{InvoiceBilling::Advance, 50000});
    REQUIRE(advance.ok());
    CHECK(advance->totals.base == 50000);
    CHECK(advance->billing == InvoiceBilling::Advance);

    // A cancelled order is not invoiced, and the refusal leaves no draft and takes no number.
    const WorkOrder cancelled = f.order();
    auto wf = *WorkflowRepository(*f.db).defaultLatest();
    auto current = *f.orders.find(cancelled.id);
    REQUIRE(OrderMoves(*f.db).move(cancelled.id, current.version, wf.stepNamed(QStringLiteral("Cancelled"))->id, pilar,
                                   QStringLiteral("Customer withdrew")).ok());
    const qint64 drafts = f.count(QStringLiteral("SELECT count(*) FROM invoices WHERE status = 'draft'"));
    const qint64 counter = f.count(QStringLiteral("SELECT coalesce(max(value), 0) FROM sequences WHERE name LIKE 'invoice:%'"));
    auto refused = InvoiceIssuing(*f.db).issueForOrder(cancelled.id, pilar);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("cancelled")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM invoices WHERE status = 'draft'")) == drafts);
    CHECK(f.count(QStringLiteral("SELECT coalesce(max(value), 0) FROM sequences WHERE name LIKE 'invoice:%'")) == counter);
}

TEST_CASE("rectifying invoices: by difference in full, by lines or by an amount, by substitution; never more than remains",
          "[billing][law]")
{
    Fixture f;
    const Invoice inv = f.issued();   // 3 × 385 € at 21 % and 90 € at 10 %
    // Some lines: the installation only.
    auto lines = f.ledger.createRectifying(inv.id, Rectification{QStringLiteral("Installation not done"),
                                                                 RectificationMethod::Difference, {1}, std::nullopt}, pilar);
    REQUIRE(lines.ok());
    REQUIRE(lines->lines.size() == 1);
    CHECK(lines->lines.first().description == QStringLiteral("Installation"));
    const Invoice credit1 = f.issue(*lines);
    CHECK(credit1.totals.total == -9900);
    CHECK(credit1.rectifiesNumber == inv.number);
    CHECK(credit1.rectifiesIssuedAt == inv.issuedAt);
    CHECK(*f.ledger.remainingOf(inv.id) == inv.totals.total - 9900);

    // A full credit now would be more than remains: refused, saying what remains.
    auto full = f.ledger.createRectifying(inv.id, QStringLiteral("Cancelled"), pilar);
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().message.contains(money::formatEuros(inv.totals.total - 9900)));

    // By substitution: the corrected invoice, whatever was credited before.
    auto substitution = f.ledger.createRectifying(inv.id, Rectification{QStringLiteral("Wrong price"),
                                                                        RectificationMethod::Substitution, {}, std::nullopt}, pilar);
    REQUIRE(substitution.ok());
    QList<LineItem> corrected = substitution->lines;
    corrected[0].unitPrice = 35000;
    auto saved = f.drafts.save(substitution->id, substitution->version, substitution->customerId, corrected, {}, {}, pilar);
    REQUIRE(saved.ok());
    const Invoice replaced = f.issue(*saved);
    CHECK(replaced.rectificationMethod == RectificationMethod::Substitution);
    CHECK(replaced.rectifiesBase == inv.totals.base);
    CHECK(*f.ledger.remainingOf(inv.id) == replaced.totals.total);
    // Its VERI*FACTU record says "por sustitución" and states the original's amounts.
    auto records = VerifactuService(*f.db).records(replaced.id);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 1);
    const QString xml = QString::fromUtf8(records->first().xml);
    CHECK(xml.contains(QStringLiteral("<sf:TipoRectificativa>S</sf:TipoRectificativa>")));
    CHECK(xml.contains(QStringLiteral("<sf:BaseRectificada>%1</sf:BaseRectificada>").arg(verifactu::amount(inv.totals.base))));

    // An amount of taxable base on an invoice at one rate; then a full credit down to zero, then nothing more.
    const Invoice single = f.issued();
    REQUIRE(f.db->run(QStringLiteral("SELECT 1")).ok());
    const Invoice oneRate = [&] {
        auto draft = f.drafts.createFromOrder(f.order(0, {{0, 0, QStringLiteral("Blind"), 1000, 20000, 2100, 0}}).id, pilar);
        return f.issue(*draft);
    }();
    auto amount = f.ledger.createRectifying(oneRate.id, Rectification{QStringLiteral("Discount agreed"),
                                                                      RectificationMethod::Difference, {}, Cents(5000)}, pilar);
    REQUIRE(amount.ok());
    CHECK(f.issue(*amount).totals.total == -6050);
    CHECK_FALSE(f.ledger.createRectifying(single.id, Rectification{QStringLiteral("x"), RectificationMethod::Difference, {},
                                                                   Cents(100)}, pilar).ok());   // two rates
    auto rest = f.ledger.createRectifying(oneRate.id, Rectification{QStringLiteral("Returned"), RectificationMethod::Difference,
                                                                    {}, Cents(15000)}, pilar);
    REQUIRE(rest.ok());
    f.issue(*rest);
    CHECK(*f.ledger.remainingOf(oneRate.id) == 0);
    auto twice = f.ledger.createRectifying(oneRate.id, QStringLiteral("Again"), pilar);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("zero")));
}

TEST_CASE("a customer without a tax ID gets a simplified invoice in its own series, within the limit", "[billing][law]")
{
    Fixture f;
    const Id walkIn = f.customer(QString());
    auto draft = f.drafts.createFromOrder(f.order(walkIn, {{0, 0, QStringLiteral("Repair of a blind"), 1000, 12000, 2100, 0}}).id, pilar);
    REQUIRE(draft.ok());
    CHECK(draft->simplified);
    const Invoice simplified = f.issue(*draft);
    CHECK(simplified.number == QStringLiteral("S2026-0001"));
    auto record = VerifactuService(*f.db).records(simplified.id);
    REQUIRE(record.ok());
    CHECK(record->first().invoiceType == QStringLiteral("F2"));
    CHECK_FALSE(QString::fromUtf8(record->first().xml).contains(QStringLiteral("Destinatarios")));

    // Over the limit (400 € by default) a full invoice is needed, and without a NIF it is refused, saying so.
    auto big = f.drafts.createFromOrder(f.order(walkIn).id, pilar);
    REQUIRE(big.ok());
    CHECK_FALSE(big->simplified);
    auto refused = f.ledger.issue(big->id, big->version, pilar);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("tax ID")));
    DraftContent asSimplified{big->customerId, big->lines, {}, {}, true, InvoiceBilling::Whole};
    auto forced = f.drafts.save(big->id, big->version, asSimplified, pilar);
    REQUIRE(forced.ok());
    auto overLimit = f.ledger.issue(forced->id, forced->version, pilar);
    REQUIRE_FALSE(overLimit.ok());
    CHECK(overLimit.error().message.contains(money::formatEuros(40000)));

    // Its rectifying invoice is an R5.
    auto credit = f.ledger.createRectifying(simplified.id, QStringLiteral("Returned"), pilar);
    REQUIRE(credit.ok());
    const Invoice r5 = f.issue(*credit);
    CHECK(VerifactuService(*f.db).records(r5.id)->first().invoiceType == QStringLiteral("R5"));
}

TEST_CASE("each line says why it carries no VAT, and the record and the mention follow it", "[billing][law]")
{
    Fixture f;
    auto draft = f.drafts.createFromOrder(f.order().id, pilar);
    QList<LineItem> lines = draft->lines;
    lines[0].vatRate = 0;
    lines[0].taxCause = QStringLiteral("S2");          // a builder: reverse charge
    lines[1].vatRate = 0;
    lines[1].taxCause = QStringLiteral("E1:22");       // art. 20.Uno.22º
    auto saved = f.drafts.save(draft->id, draft->version, draft->customerId, lines, {}, {}, pilar);
    REQUIRE(saved.ok());
    const Invoice inv = f.issue(*saved);
    CHECK(inv.lines[0].taxCause == QStringLiteral("S2"));
    const QString xml = QString::fromUtf8(VerifactuService(*f.db).records(inv.id)->first().xml);
    CHECK(xml.contains(QStringLiteral("<sf:CalificacionOperacion>S2</sf:CalificacionOperacion>")));
    CHECK(xml.contains(QStringLiteral("<sf:OperacionExenta>E1</sf:OperacionExenta>")));
    const DocumentText es(QStringLiteral("es"));
    CHECK(taxcause::legalMention(QStringLiteral("S2"), es).contains(QStringLiteral("inversión del sujeto pasivo")));
    CHECK(taxcause::legalMention(QStringLiteral("E1:22"), es).contains(QStringLiteral("20.Uno.22")));
    CHECK(taxcause::legalMention(QStringLiteral("E5"), es).contains(QStringLiteral("25")));

    // A cause with a VAT rate above 0 %, or an unknown cause, is refused.
    auto other = f.drafts.createFromOrder(f.order().id, pilar);
    QList<LineItem> wrong = other->lines;
    wrong[0].taxCause = QStringLiteral("E5");
    CHECK_FALSE(f.drafts.save(other->id, other->version, other->customerId, wrong, {}, {}, pilar).ok());
    wrong[0].vatRate = 0;
    wrong[0].taxCause = QStringLiteral("E9");
    CHECK_FALSE(f.drafts.save(other->id, other->version, other->customerId, wrong, {}, {}, pilar).ok());
}

TEST_CASE("payments are positive; money goes back only on a rectifying invoice", "[billing][law]")
{
    Fixture f;
    const Invoice inv = f.issued();
    InvoicePayments payments(*f.db);
    const qint64 now = Clock::nowSecs();
    CHECK_FALSE(payments.record(inv.id, -1000, now, QStringLiteral("transfer"), {}, pilar).ok());
    CHECK_FALSE(payments.record(inv.id, 0, now, QStringLiteral("transfer"), {}, pilar).ok());
    CHECK_FALSE(payments.record(inv.id, 1000, now, QStringLiteral("barter"), {}, pilar).ok());
    REQUIRE(payments.record(inv.id, inv.totals.total, now, QStringLiteral("bizum"), {}, pilar).ok());
    auto credit = f.ledger.createRectifying(inv.id, QStringLiteral("Returned"), pilar);
    const Invoice refund = f.issue(*credit);
    auto back = payments.record(refund.id, -refund.totals.total, now, QStringLiteral("transfer"), {}, pilar);
    REQUIRE(back.ok());
    CHECK(back->paid == refund.totals.total);
    CHECK(back->paymentState(now) == PaymentState::Paid);
    CHECK_FALSE(payments.record(refund.id, 100, now, QStringLiteral("transfer"), {}, pilar).ok());   // nothing more to give back
    // A draft never reads as paid.
    auto draft = f.drafts.createFromOrder(f.order().id, pilar);
    CHECK(draft->paymentState(now) == PaymentState::Unpaid);
}

TEST_CASE("verify finds a deleted last invoice, a deleted middle one by its number, a rewritten chain, edited VAT rows "
          "and a changed customer", "[billing][law]")
{
    Fixture f;
    QList<Invoice> issued;
    for (int i = 0; i < 5; ++i)
        issued << f.issued();
    REQUIRE(f.ledger.verifyChain()->ok());
    auto anchor = f.ledger.recordAnchor(QStringLiteral("backup"));
    REQUIRE(anchor.ok());
    CHECK(anchor->number == issued.last().number);

    // Behind Ordo's back: triggers dropped, as someone with write access to the file could.
    dropGuards(*f.db);
    auto remove = [&](const Invoice &inv) {
        for (const char *table : {"invoice_vat", "invoice_lines", "verifactu_records", "payments"})
            REQUIRE(f.db->run(QStringLiteral("DELETE FROM %1 WHERE invoice_id = ?").arg(QLatin1String(table)), {inv.id}).ok());
        REQUIRE(f.db->run(QStringLiteral("DELETE FROM invoices WHERE id = ?"), {inv.id}).ok());
    };
    SECTION("the last invoice deleted: its number is missing")
    {
        remove(issued.last());
        auto check = f.ledger.verifyChain();
        REQUIRE(check.ok());
        REQUIRE_FALSE(check->ok());
        CHECK(check->problems.join(QLatin1Char('\n')).contains(QStringLiteral("%1 is missing").arg(issued.last().number)));
    }
    SECTION("a middle invoice deleted: reported as missing, not the next one as altered")
    {
        remove(issued[2]);
        auto check = f.ledger.verifyChain();
        REQUIRE_FALSE(check->ok());
        CHECK(check->firstBroken == issued[2].number);
        CHECK_FALSE(check->problems.join(QLatin1Char('\n')).contains(QStringLiteral("%1 was altered").arg(issued[3].number)));
    }
    SECTION("an amount changed and the whole chain recomputed with the algorithm: the anchor and the record tell")
    {
        REQUIRE(f.db->run(QStringLiteral("UPDATE invoice_lines SET unit_price = unit_price - 1000 WHERE invoice_id = ?"),
                          {issued[1].id}).ok());
        invoicing::ChainLink link;
        for (const Invoice &i : issued) {
            Invoice inv = *f.invoices.find(i.id);
            inv.totals = invoicing::totals(inv.lines);
            link = invoicing::seal(inv, link);
            REQUIRE(f.db->run(QStringLiteral("UPDATE invoices SET hash = ?, previous_hash = ?, base_cents = ?, vat_cents = ?, "
                                             "total_cents = ? WHERE id = ?"),
                              {inv.hash, inv.previousHash, inv.totals.base, inv.totals.vat, inv.totals.total, inv.id}).ok());
            REQUIRE(f.db->run(QStringLiteral("DELETE FROM invoice_vat WHERE invoice_id = ?"), {inv.id}).ok());
            for (const auto &b : inv.totals.buckets)
                REQUIRE(f.db->run(QStringLiteral("INSERT INTO invoice_vat VALUES (?, ?, ?, ?)"), {inv.id, b.rate, b.base, b.vat}).ok());
        }
        auto check = f.ledger.verifyChain();
        REQUIRE_FALSE(check->ok());
        const QString all = check->problems.join(QLatin1Char('\n'));
        CHECK(all.contains(QStringLiteral("VERI*FACTU")));
        CHECK(all.contains(QStringLiteral("recorded (backup")));
        // A printed anchor (from a weekly report) catches it too.
        CHECK_FALSE(f.ledger.verifyChain({{issued.last().number, issued.last().hash.left(16), QStringLiteral("report")}})
                        ->problems.filter(QStringLiteral("(report)")).isEmpty());
    }
    SECTION("the VAT breakdown rows edited")
    {
        REQUIRE(f.db->run(QStringLiteral("UPDATE invoice_vat SET vat_cents = vat_cents - 100 WHERE invoice_id = ?"), {issued[0].id}).ok());
        CHECK(f.ledger.verifyChain()->firstBroken == issued[0].number);
    }
    SECTION("the customer or the order changed")
    {
        const Id other = f.customer(QStringLiteral("87654321X"));
        REQUIRE(f.db->run(QStringLiteral("UPDATE invoices SET customer_id = ? WHERE id = ?"), {other, issued[3].id}).ok());
        CHECK(f.ledger.verifyChain()->firstBroken == issued[3].number);
    }
    SECTION("the printed company data edited")
    {
        REQUIRE(f.db->run(QStringLiteral("UPDATE issuer_profiles SET data = replace(data, 'Ventanas Sol', 'Otra')")).ok());
        CHECK(f.ledger.verifyChain()->firstBroken == issued[0].number);
    }
}

TEST_CASE("the weekly report prints where the invoice chain ended, and verify checks that anchor", "[billing][law][report]")
{
    Fixture f;
    f.issued();
    const Invoice last = f.issued();
    // The week of 23 November 2026 (the fixture's today) is 2026-W48.
    auto report = WeeklyReportBuilder(*f.db).build(2026, 48);
    REQUIRE(report.ok());
    CHECK(report->chainNumber == last.number);
    CHECK(report->chainHash == last.hash);
    // Typed back from paper (the first 16 characters), it matches; a wrong one is reported.
    CHECK(f.ledger.verifyChain({{report->chainNumber, report->chainHash.left(16), QStringLiteral("weekly report")}})->ok());
    CHECK_FALSE(f.ledger.verifyChain({{report->chainNumber, QStringLiteral("0123456789abcdef"), QStringLiteral("weekly report")}})->ok());
    // The week before any invoice has none.
    CHECK(WeeklyReportBuilder(*f.db).build(2026, 40)->chainNumber.isEmpty());
}
