// Quotes (presupuestos) from an order's lines (issue 14): numbered per order, kept as issued, with
// the invoice's VAT sums; previewing records nothing; e-mailing queues the PDF and moves the order
// to "Quote sent"; the customer's acceptance moves it to "Quote accepted" and is in its history.

#include "core/billing/MailOutbox.h"
#include "core/common/Clock.h"
#include "core/orders/EventText.h"
#include "core/orders/WorkOrderService.h"
#include "core/usecases/Quotes.h"

#include "support/TestDatabase.h"

#include <QDateTime>
#include <QTimeZone>

using namespace ordo;
using namespace ordo::test;

namespace {

const Actor pilar{std::nullopt, QStringLiteral("Pilar Navarro")};

struct QuoteOffice
{
    TestDatabase db;
    Team team;
    Id customer = 0;
    Clock::Override clock{QDateTime(QDate(2026, 11, 23), QTime(9, 2), QTimeZone("Europe/Madrid"))};

    QuoteOffice()
    {
        team = addTeam(*db);
        addCompanyProfile(*db);
        customer = addFiscalCustomer(*db);
        rawExec(*db, QStringLiteral("UPDATE customers SET email = 'cliente@example.es' WHERE id = %1").arg(customer));
    }

    WorkOrder order(const QList<LineItem> &lines = {{0, 0, QStringLiteral("PVC window 120×140"), 3000, 38500, 2100, 0, {}},
                                                    {0, 1, QStringLiteral("Blind"), 1000, 10000, 1000, 0, {}}})
    {
        NewWorkOrder n;
        n.customerId = customer;
        n.title = QStringLiteral("Three windows");
        n.lines = lines;
        auto o = WorkOrderService(*db).create(n, pilar);
        REQUIRE(o.ok());
        return *o;
    }

    WorkOrder into(const WorkOrder &o, const QString &stepName)
    {
        rawExec(*db, QStringLiteral("UPDATE work_orders SET step_id = (SELECT id FROM steps WHERE name = '%1' AND "
                                    "workflow_version_id = %2) WHERE id = %3")
                         .arg(stepName).arg(o.workflowVersionId).arg(o.id));
        return *WorkOrderService(*db).find(o.id);
    }

    QString stepOf(Id orderId) { return WorkOrderService(*db).find(orderId)->stepName; }

    QString history(Id orderId)
    {
        QStringList lines;
        for (const OrderEvent &e : *WorkOrderService(*db).history(orderId))
            lines << describeEvent(e);
        return lines.join(QLatin1Char('\n'));
    }

    Quote issued(Id orderId)
    {
        auto q = Quotes(*db).issue(orderId, {}, pilar);
        REQUIRE(q.ok());
        return *q;
    }
};

} // namespace

TEST_CASE("a quote is numbered per order, keeps its lines as issued and sums VAT per rate in cents", "[quotes]")
{
    QuoteOffice office;
    const WorkOrder o = office.order();
    const Quote first = office.issued(o.id);
    CHECK(first.version == 1);
    CHECK(first.number == o.number + QStringLiteral("-P1"));
    // 3 × 385,00 at 21 % and 100,00 at 10 %.
    REQUIRE(first.totals.buckets.size() == 2);
    CHECK(first.totals.buckets[0].rate == 2100);
    CHECK(first.totals.buckets[0].base == 115500);
    CHECK(first.totals.buckets[0].vat == 24255);
    CHECK(first.totals.buckets[1].vat == 1000);
    CHECK(first.totals.total == 115500 + 24255 + 10000 + 1000);
    // Default validity: the company's setting, 30 days unless set.
    CHECK(first.validUntil == QDate(2026, 12, 23));
    CHECK(!first.conditions.isEmpty());
    CHECK(first.issuedBy == pilar.name);

    // The order changes; the issued quote does not, and the next one has the new lines.
    auto details = WorkOrderService(*office.db).details(*WorkOrderService(*office.db).find(o.id));
    REQUIRE(details.ok());
    details->lines = {{0, 0, QStringLiteral("PVC window 120×140"), 2000, 38500, 2100, 0, {}}};
    REQUIRE(WorkOrderService(*office.db).update(o.id, WorkOrderService(*office.db).find(o.id)->version, *details, pilar).ok());
    REQUIRE(Quotes(*office.db).setDefaults(15, QStringLiteral("Sin IVA de la retirada."), pilar).ok());
    const Quote second = office.issued(o.id);
    CHECK(second.version == 2);
    CHECK(second.lines.size() == 1);
    CHECK(second.totals.total == 77000 + 16170);
    CHECK(second.validUntil == QDate(2026, 12, 8));
    CHECK(second.conditions == QStringLiteral("Sin IVA de la retirada."));
    auto again = Quotes(*office.db).find(first.id);
    REQUIRE(again.ok());
    CHECK(again->lines.size() == 2);
    CHECK(again->totals.total == first.totals.total);

    // Another order starts at 1 again.
    CHECK(office.issued(office.order().id).version == 1);
    auto listed = Quotes(*office.db).forOrder(o.id);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->first().version == 2);
    CHECK(office.history(o.id).contains(QStringLiteral("Pilar Navarro issued quote %1").arg(first.number)));
}

TEST_CASE("previewing a quote records nothing; an order without lines or a past validity is refused", "[quotes]")
{
    QuoteOffice office;
    const WorkOrder o = office.order();
    const qint64 eventsBefore = rawCount(*office.db, QStringLiteral("SELECT COUNT(*) FROM order_events"));
    auto preview = Quotes(*office.db).preview(o.id);
    REQUIRE(preview.ok());
    CHECK(preview->isPreview());
    CHECK(preview->number == o.number + QStringLiteral("-P1"));
    CHECK(preview->totals.total == 150755);
    CHECK(rawCount(*office.db, QStringLiteral("SELECT COUNT(*) FROM quotes")) == 0);
    CHECK(rawCount(*office.db, QStringLiteral("SELECT COUNT(*) FROM order_events")) == eventsBefore);
    // Previewing again still offers number 1: nothing was used.
    CHECK(Quotes(*office.db).preview(o.id)->version == 1);

    const WorkOrder empty = office.order({});
    auto refused = Quotes(*office.db).issue(empty.id, {}, pilar);
    REQUIRE(!refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("no lines")));
    QuoteTerms past;
    past.validUntil = QDate(2026, 11, 1);
    CHECK(!Quotes(*office.db).issue(o.id, past, pilar).ok());
    CHECK(rawCount(*office.db, QStringLiteral("SELECT COUNT(*) FROM quotes")) == 0);
}

TEST_CASE("e-mailing a quote queues its PDF in the outbox and moves the order to Quote sent", "[quotes][mail]")
{
    QuoteOffice office;
    const WorkOrder o = office.into(office.order(), QStringLiteral("Estimate visit scheduled"));
    const Quote q = office.issued(o.id);
    CHECK(office.stepOf(o.id) == QStringLiteral("Estimate visit scheduled"));   // issuing alone does not move it
    auto sent = Quotes(*office.db).send(q.id, QByteArrayLiteral("%PDF-1.4 quote"), pilar);
    REQUIRE(sent.ok());
    auto pending = MailOutbox(*office.db).unsent();
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    const MailMessage &m = pending->first().message;
    CHECK(m.to == QStringLiteral("cliente@example.es"));
    CHECK(m.attachment == QByteArrayLiteral("%PDF-1.4 quote"));
    CHECK(m.attachmentName == QStringLiteral("Presupuesto %1.pdf").arg(q.number));  // in the customer's language
    CHECK(m.subject.contains(q.number));
    CHECK(m.body.contains(q.number));
    CHECK(pending->first().purpose == QStringLiteral("quote:%1").arg(q.id));
    CHECK(Quotes(*office.db).find(q.id)->state == QuoteState::Sent);
    CHECK(office.stepOf(o.id) == QStringLiteral("Quote sent"));
    CHECK(office.history(o.id).contains(QStringLiteral("e-mailed quote %1 to cliente@example.es").arg(q.number)));

    // No address: a clear message, nothing queued.
    rawExec(*office.db, QStringLiteral("UPDATE customers SET email = '' WHERE id = %1").arg(office.customer));
    const Quote noMail = office.issued(office.order().id);
    auto refused = Quotes(*office.db).send(noMail.id, QByteArrayLiteral("%PDF"), pilar);
    REQUIRE(!refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("no e-mail address")));
    CHECK(MailOutbox(*office.db).unsent()->size() == 1);
}

TEST_CASE("the customer's acceptance moves the order to Quote accepted, is in its history and cannot be recorded twice",
          "[quotes]")
{
    QuoteOffice office;
    const WorkOrder o = office.into(office.order(), QStringLiteral("Quote sent"));
    const Quote q = office.issued(o.id);
    QuoteDecision d;
    d.person = QStringLiteral("Lucía Romero");
    d.on = QDate(2026, 11, 22);
    auto accepted = Quotes(*office.db).accept(q.id, d, pilar);
    REQUIRE(accepted.ok());
    CHECK(accepted->state == QuoteState::Accepted);
    CHECK(accepted->decidedBy == QStringLiteral("Lucía Romero"));
    CHECK(accepted->recordedBy == pilar.name);
    CHECK(accepted->decidedOn == QDate(2026, 11, 22));
    CHECK(office.stepOf(o.id) == QStringLiteral("Quote accepted"));
    CHECK(office.history(o.id).contains(QStringLiteral("Pilar Navarro recorded that Lucía Romero accepted quote %1").arg(q.number)));

    auto twice = Quotes(*office.db).accept(q.id, d, pilar);
    REQUIRE(!twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("already accepted by Lucía Romero")));
    CHECK(!Quotes(*office.db).reject(q.id, d, pilar).ok());

    // Who accepted must be said.
    const Quote other = office.issued(o.id);
    CHECK(!Quotes(*office.db).accept(other.id, QuoteDecision{}, pilar).ok());
    CHECK(Quotes(*office.db).find(other.id)->state == QuoteState::Issued);
}

TEST_CASE("a quote accepted on paper from Call received goes through Quote sent; a refusal is recorded", "[quotes]")
{
    QuoteOffice office;
    const WorkOrder o = office.order();
    REQUIRE(office.stepOf(o.id) == QStringLiteral("Call received"));
    const Quote q = office.issued(o.id);
    QuoteDecision d;
    d.person = QStringLiteral("Lucía Romero");
    REQUIRE(Quotes(*office.db).accept(q.id, d, pilar).ok());
    CHECK(office.stepOf(o.id) == QStringLiteral("Quote accepted"));

    const WorkOrder refusedOrder = office.into(office.order(), QStringLiteral("Quote sent"));
    const Quote r = office.issued(refusedOrder.id);
    d.note = QStringLiteral("Too expensive");
    auto refused = Quotes(*office.db).reject(r.id, d, pilar);
    REQUIRE(refused.ok());
    CHECK(refused->state == QuoteState::Rejected);
    CHECK(refused->decisionNote == QStringLiteral("Too expensive"));
    CHECK(office.stepOf(refusedOrder.id) == QStringLiteral("Quote sent"));
    CHECK(office.history(refusedOrder.id).contains(QStringLiteral("Lucía Romero refused quote %1").arg(r.number)));
    CHECK(!Quotes(*office.db).accept(r.id, d, pilar).ok());
}

TEST_CASE("accepting a quote past its validity asks first and records it when the office says so", "[quotes]")
{
    QuoteOffice office;
    const WorkOrder o = office.into(office.order(), QStringLiteral("Quote sent"));
    const Quote q = office.issued(o.id);   // valid until 23/12/2026
    Clock::Override later{QDateTime(QDate(2027, 1, 10), QTime(10, 0), QTimeZone("Europe/Madrid"))};
    CHECK(q.expiredOn(Clock::today()));
    QuoteDecision d;
    d.person = QStringLiteral("Lucía Romero");
    auto asked = Quotes(*office.db).accept(q.id, d, pilar);
    REQUIRE(!asked.ok());
    CHECK(asked.error().message.contains(QStringLiteral("was valid until")));
    CHECK(Quotes(*office.db).find(q.id)->state == QuoteState::Issued);
    CHECK(office.stepOf(o.id) == QStringLiteral("Quote sent"));
    d.evenIfExpired = true;
    REQUIRE(Quotes(*office.db).accept(q.id, d, pilar).ok());
    CHECK(office.stepOf(o.id) == QStringLiteral("Quote accepted"));
}
