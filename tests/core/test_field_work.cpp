#include "core/assets/Assets.h"
#include "core/billing/MailOutbox.h"
#include "core/common/Clock.h"
#include "core/orders/EventText.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/Accounts.h"
#include "core/people/PhoneDevices.h"
#include "core/scheduling/AppointmentService.h"
#include "core/usecases/FieldAssets.h"
#include "core/usecases/FieldWork.h"
#include "core/usecases/VisitBooking.h"

#include "support/TestDatabase.h"

#include <QTimeZone>

using namespace ordo;
using namespace ordo::test;

namespace {

qint64 madrid(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Madrid")).toSecsSinceEpoch();
}

const QByteArray pngBytes = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(200, 'x');

struct Field
{
    Field()
    {
        addCompanyProfile(*db);
        owner = *Accounts(*db).actorFor(team.pilar);
        REQUIRE(Accounts(*db).setSecret(team.ruben, SecretKind::Pin, QStringLiteral("2580"), owner).ok());
        REQUIRE(Accounts(*db).setSecret(team.sergio, SecretKind::Pin, QStringLiteral("1357"), owner).ok());
        // An installation for Rubén on Tuesday at 09:00, with its lines, at Carmen's.
        NewWorkOrder n;
        n.customerId = addFiscalCustomer(*db);
        n.title = QStringLiteral("Three windows");
        n.lines = {LineItem{0, 0, QStringLiteral("Ventana PVC 120x100"), 3000, 38500, 2100, 0, {}}};
        auto o = WorkOrderService(*db).create(n, owner);
        REQUIRE(o.ok());
        orderId = o->id;
        auto visit = VisitBooking(*db).book({orderId, team.ruben, madrid(2026, 11, 24, 9), madrid(2026, 11, 24, 13),
                                             AppointmentKind::Installation, {}}, owner);
        INFO((visit ? QString() : visit.error().message).toStdString());
        REQUIRE(visit.ok());
        appointmentId = visit->appointment.id;
    }

    TestDatabase db;
    Team team = addTeam(*db);
    Clock::Override now{QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 24, 8, 30))};
    Actor owner;
    Id orderId = 0;
    Id appointmentId = 0;

    FieldAction action(const QString &key, const QString &type, QVariantMap payload = {})
    {
        return FieldAction{key, appointmentId, type, Clock::nowSecs(), std::move(payload)};
    }
    QString step() { return WorkOrderService(*db).find(orderId)->stepName; }
    qint64 notes() { return rawCount(*db, QStringLiteral("SELECT count(*) FROM order_events WHERE kind = 'note' AND order_id = %1").arg(orderId)); }
};

} // namespace

TEST_CASE("a phone is paired once with the office's code, signs in with the PIN, and is revoked at once", "[phone]")
{
    Field f;
    PhoneDevices phones(*f.db);
    const Actor ruben = *Accounts(*f.db).actorFor(f.team.ruben);
    CHECK(phones.createPairingCode(f.team.ruben, ruben).error().code == ErrorCode::NotPermitted);
    CHECK(phones.createPairingCode(f.team.javier, f.owner).error().message.contains(QStringLiteral("no PIN")));
    auto code = phones.createPairingCode(f.team.ruben, f.owner);
    REQUIRE(code.ok());
    CHECK(code->code.size() == 8);
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM phone_pairing_codes WHERE code_hash = '%1'").arg(code->code)) == 0);

    auto paired = phones.pair(code->code.toLower(), QStringLiteral("Móvil de Rubén"));
    REQUIRE(paired.ok());
    CHECK(paired->device.staffId == f.team.ruben);
    CHECK(phones.pair(code->code, QStringLiteral("Otro")).error().code == ErrorCode::SignInRefused);   // once only

    CHECK(phones.signIn(paired->deviceToken, QStringLiteral("0000")).error().code == ErrorCode::SignInRefused);
    auto session = phones.signIn(paired->deviceToken, QStringLiteral("2580"));
    REQUIRE(session.ok());
    CHECK(session->staffName == QStringLiteral("Rubén Molina"));
    CHECK(phones.session(session->token)->staffId == f.team.ruben);
    // Twelve hours later the PIN is asked again.
    {
        Clock::Override later(QDateTime::fromSecsSinceEpoch(Clock::nowSecs() + PhoneDevices::SessionSeconds + 1));
        CHECK_FALSE(phones.session(session->token).ok());
    }
    REQUIRE(phones.list(f.team.ruben)->size() == 1);
    REQUIRE(phones.revoke(paired->device.id, f.owner).ok());
    CHECK_FALSE(phones.session(session->token).ok());
    CHECK(phones.signIn(paired->deviceToken, QStringLiteral("2580")).error().message.contains(QStringLiteral("removed")));

    // A code older than 15 minutes is refused.
    auto old = phones.createPairingCode(f.team.ruben, f.owner);
    Clock::Override later(QDateTime::fromSecsSinceEpoch(Clock::nowSecs() + PhoneDevices::CodeSeconds + 1));
    CHECK_FALSE(phones.pair(old->code, QStringLiteral("Tarde")).ok());
}

TEST_CASE("a technician sees only their own visits, with what the job needs", "[phone]")
{
    Field f;
    FieldWork field(*f.db);
    auto mine = field.jobs(f.team.ruben, QDate(2026, 11, 24), 7);
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    const FieldJob &job = mine->first();
    CHECK(job.visit.appointment.id == f.appointmentId);
    CHECK(job.visit.customer == QStringLiteral("Carmen López"));
    CHECK(job.lines.size() == 1);
    CHECK(job.order.stepName == QStringLiteral("Installation scheduled"));
    CHECK(job.onSite == QStringLiteral("none"));
    CHECK(field.jobs(f.team.sergio, QDate(2026, 11, 24), 7)->isEmpty());
    CHECK(field.job(f.team.sergio, f.appointmentId).error().code == ErrorCode::NotPermitted);
}

TEST_CASE("on site: arrived, a note, a line, a photo, the signature, finished — along the map, each once", "[phone]")
{
    Field f;
    FieldWork field(*f.db);
    auto arrived = field.apply(f.team.ruben, f.action(QStringLiteral("k1"), QStringLiteral("arrived")));
    INFO((arrived ? QString() : arrived.error().message).toStdString());
    REQUIRE(arrived.ok());
    CHECK(arrived->applied);
    CHECK(arrived->job.onSite == QStringLiteral("arrived"));
    CHECK(f.step() == QStringLiteral("In progress"));

    REQUIRE(field.apply(f.team.ruben, f.action(QStringLiteral("k2"), QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("Marco podrido en la ventana del baño")}})).ok());
    auto line = field.apply(f.team.ruben, f.action(QStringLiteral("k3"), QStringLiteral("line"),
                                                   {{QStringLiteral("description"), QStringLiteral("Silicona")},
                                                    {QStringLiteral("quantity"), 2},
                                                    {QStringLiteral("unitPriceCents"), 650},
                                                    {QStringLiteral("vatBp"), 2100}}));
    REQUIRE(line.ok());
    CHECK(line->job.lines.size() == 2);
    CHECK(line->job.lines.last().quantity == 2000);
    auto photo = field.apply(f.team.ruben, f.action(QStringLiteral("k4"), QStringLiteral("photo"),
                                                    {{QStringLiteral("mime"), QStringLiteral("image/png")},
                                                     {QStringLiteral("data"), QString::fromLatin1(pngBytes.toBase64())}}));
    REQUIRE(photo.ok());
    CHECK(photo->job.photoIds.size() == 1);
    CHECK(field.photo(f.team.ruben, photo->job.photoIds.first())->second == pngBytes);
    CHECK_FALSE(field.photo(f.team.sergio, photo->job.photoIds.first()).ok());
    // Not a picture: refused by its content, whatever it says it is.
    auto fake = field.apply(f.team.ruben, f.action(QStringLiteral("k5"), QStringLiteral("photo"),
                                                   {{QStringLiteral("mime"), QStringLiteral("image/jpeg")},
                                                    {QStringLiteral("data"), QString::fromLatin1(QByteArray("#!/bin/sh\nrm -rf /").toBase64())}}));
    REQUIRE_FALSE(fake.ok());
    CHECK(fake.error().code == ErrorCode::Invalid);
    REQUIRE(field.apply(f.team.ruben, f.action(QStringLiteral("k6"), QStringLiteral("signature"),
                                               {{QStringLiteral("name"), QStringLiteral("Carmen López")},
                                                {QStringLiteral("png"), QString::fromLatin1(pngBytes.toBase64())}})).ok());

    const qint64 notesBefore = f.notes();
    auto finished = field.apply(f.team.ruben, f.action(QStringLiteral("k7"), QStringLiteral("finished")));
    INFO((finished ? QString() : finished.error().message).toStdString());
    REQUIRE(finished.ok());
    CHECK(finished->job.signedByCustomer);
    CHECK(f.step() == QStringLiteral("Work completed"));
    CHECK(AppointmentService(*f.db).find(f.appointmentId)->appointment.status == AppointmentStatus::Done);
    // The map's handler drafted the invoice with the lines used.
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM invoices WHERE order_id = %1").arg(f.orderId)) == 1);
    const qint64 notesAfter = f.notes();
    CHECK(notesAfter == notesBefore + 1);

    // The same submission again (the phone retried): applied once.
    auto again = field.apply(f.team.ruben, f.action(QStringLiteral("k7"), QStringLiteral("finished")));
    REQUIRE(again.ok());
    CHECK(again->duplicate);
    CHECK_FALSE(again->applied);
    CHECK(f.notes() == notesAfter);
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM field_actions")) == 6);

    // The office reads it all, signed by Rubén.
    auto history = WorkOrderService(*f.db).history(f.orderId);
    QStringList lines;
    for (const auto &e : *history)
        lines << e.actorName + QStringLiteral(": ") + describeEvent(e) + QLatin1Char(' ') + e.note;
    const QString text = lines.join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("Rubén Molina: ")));
    CHECK(text.contains(QStringLiteral("arrived on site at 08:30")));
    CHECK(text.contains(QStringLiteral("Signed on the phone by Carmen López")));
    CHECK(text.contains(QStringLiteral("finished the work at 08:30")));
}

TEST_CASE("finishing issues and mails the invoice when the company chose it; a refusal leaves the draft and says why", "[phone][invoice]")
{
    Field f;
    FieldWork field(*f.db);
    // Only who may change the company's settings chooses it.
    auto ruben = Accounts(*f.db).actorFor(f.team.ruben);
    REQUIRE(ruben.ok());
    auto refused = FieldWork::setFinishInvoice(*f.db, FinishInvoice::IssueAndMail, *ruben);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotPermitted);
    CHECK(FieldWork::finishInvoice(*f.db) == FinishInvoice::Draft);
    REQUIRE(FieldWork::setFinishInvoice(*f.db, FinishInvoice::IssueAndMail, f.owner).ok());
    CHECK(FieldWork::finishInvoice(*f.db) == FinishInvoice::IssueAndMail);

    SECTION("issued, moved to Invoiced and queued for the mail with the PDF drawn when sent")
    {
        rawExec(*f.db, QStringLiteral("UPDATE customers SET email = 'carmen@example.es'"));
        REQUIRE(field.apply(f.team.ruben, f.action(QStringLiteral("a1"), QStringLiteral("arrived"))).ok());
        auto finished = field.apply(f.team.ruben, f.action(QStringLiteral("a2"), QStringLiteral("finished")));
        INFO((finished ? QString() : finished.error().message).toStdString());
        REQUIRE(finished.ok());
        INFO(finished->invoiceProblem.toStdString());
        CHECK_FALSE(finished->invoiceNumber.isEmpty());
        CHECK(finished->invoiceMailedTo == QStringLiteral("carmen@example.es"));
        CHECK(finished->invoiceProblem.isEmpty());
        CHECK(finished->job.invoiceNumber == finished->invoiceNumber);
        CHECK(f.step() == QStringLiteral("Invoiced"));
        CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM invoices WHERE order_id = %1 AND number = '%2'")
                                  .arg(f.orderId).arg(finished->invoiceNumber)) == 1);
        // A retry issues nothing and mails nothing twice.
        auto again = field.apply(f.team.ruben, f.action(QStringLiteral("a2"), QStringLiteral("finished")));
        REQUIRE(again.ok());
        CHECK(again->duplicate);
        CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM invoices")) == 1);
        CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM mail_outbox")) == 1);

        MailOutbox outbox(*f.db);
        int sends = 0;
        MailMessage sent;
        auto send = [&](const MailMessage &m) -> Result<void> {
            ++sends;
            sent = m;
            return {};
        };
        // A program that cannot draw the PDF (no drawer) leaves it waiting.
        CHECK(*outbox.deliver(send, Clock::nowSecs()) == 0);
        CHECK(sends == 0);
        // A drawing that fails is an attempt that failed, logged with the invoice, tried again later.
        auto broken = [](Id) -> Result<QByteArray> { return makeError(ErrorCode::Io, QStringLiteral("no fonts")); };
        CHECK(*outbox.deliver(send, Clock::nowSecs(), 20, broken) == 0);
        CHECK(sends == 0);
        CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM email_log WHERE ok = 0")) == 1);
        Id drawnFor = 0;
        auto draw = [&](Id invoiceId) -> Result<QByteArray> {
            drawnFor = invoiceId;
            return QByteArray("%PDF-1.4 the invoice");
        };
        CHECK(*outbox.deliver(send, Clock::nowSecs() + 3600, 20, draw) == 1);
        CHECK(sends == 1);
        CHECK(sent.to == QStringLiteral("carmen@example.es"));
        CHECK(sent.attachment == QByteArray("%PDF-1.4 the invoice"));
        CHECK(sent.attachmentType == QByteArray("application/pdf"));
        CHECK(sent.subject.contains(finished->invoiceNumber));
        CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM invoices WHERE id = %1 AND status = 'sent' AND sent_at IS NOT NULL")
                                  .arg(drawnFor)) == 1);
        CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM email_log WHERE ok = 1")) == 1);
        CHECK(outbox.unsent()->isEmpty());
    }

    SECTION("a customer without an e-mail address: issued, and the office is told to send it")
    {
        REQUIRE(field.apply(f.team.ruben, f.action(QStringLiteral("b1"), QStringLiteral("finished"))).ok());
        CHECK(f.step() == QStringLiteral("Invoiced"));
        CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM mail_outbox")) == 0);
        CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM order_events WHERE order_id = %1 AND note LIKE '%no e-mail address%'")
                                  .arg(f.orderId)) == 1);
    }

    SECTION("refused for the customer's missing tax ID: the job is finished, the draft waits, the history says why")
    {
        rawExec(*f.db, QStringLiteral("UPDATE customers SET tax_id = '', email = 'carmen@example.es'"));
        REQUIRE(field.apply(f.team.ruben, f.action(QStringLiteral("c1"), QStringLiteral("arrived"))).ok());
        auto finished = field.apply(f.team.ruben, f.action(QStringLiteral("c2"), QStringLiteral("finished")));
        INFO((finished ? QString() : finished.error().message).toStdString());
        REQUIRE(finished.ok());
        CHECK(finished->applied);
        CHECK(finished->invoiceNumber.isEmpty());
        CHECK_FALSE(finished->invoiceProblem.isEmpty());
        CHECK(f.step() == QStringLiteral("Work completed"));
        CHECK(AppointmentService(*f.db).find(f.appointmentId)->appointment.status == AppointmentStatus::Done);
        // Only the map's draft, no number taken, nothing to mail.
        CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM invoices WHERE order_id = %1").arg(f.orderId)) == 1);
        CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM invoices WHERE number <> ''")) == 0);
        CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM mail_outbox")) == 0);
        CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM order_events WHERE order_id = %1 AND note LIKE '%waits as a draft%'")
                                  .arg(f.orderId)) == 1);
    }
}

TEST_CASE("another technician's job is refused; an office change is a conflict kept in the history", "[phone]")
{
    Field f;
    FieldWork field(*f.db);
    const qint64 notes = f.notes();
    auto other = field.apply(f.team.sergio, f.action(QStringLiteral("s1"), QStringLiteral("arrived")));
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == ErrorCode::NotPermitted);
    CHECK(f.notes() == notes);
    CHECK(f.step() == QStringLiteral("Installation scheduled"));

    // Meanwhile the office cancels the visit; the phone, offline, sends "arrived" later.
    auto visit = AppointmentService(*f.db).find(f.appointmentId);
    REQUIRE(AppointmentService(*f.db).setStatus(f.appointmentId, visit->version, AppointmentStatus::Cancelled, f.owner).ok());
    auto late = field.apply(f.team.ruben, f.action(QStringLiteral("r1"), QStringLiteral("arrived")));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().code == ErrorCode::Conflict);
    CHECK(late.error().message.contains(QStringLiteral("cancelled")));
    CHECK(f.notes() == notes + 1);   // "Not applied from the phone …" for the office
    // Retried: the same answer, nothing written twice.
    auto retried = field.apply(f.team.ruben, f.action(QStringLiteral("r1"), QStringLiteral("arrived")));
    REQUIRE_FALSE(retried.ok());
    CHECK(retried.error().code == ErrorCode::Conflict);
    CHECK(f.notes() == notes + 1);
}

TEST_CASE("the phone's assets: seen at a customer of one's visits only; a note and a new asset each applied once", "[phone][assets]")
{
    Field f;
    const Id customer = WorkOrderService(*f.db).find(f.orderId)->customerId;
    Asset boiler;
    boiler.customerId = customer;
    boiler.type = QStringLiteral("Caldera");
    boiler.model = QStringLiteral("Vaillant ecoTEC");
    auto id = AssetRegistry(*f.db).add(boiler, f.owner);
    REQUIRE(id.ok());

    FieldAssets assets(*f.db);
    auto page = assets.asset(f.team.ruben, *id);
    REQUIRE(page.ok());
    CHECK(page->asset.name() == QStringLiteral("Caldera Vaillant ecoTEC"));
    CHECK_FALSE(page->history.isEmpty());
    CHECK(assets.asset(f.team.sergio, *id).error().code == ErrorCode::NotPermitted);
    // The order has no site: the job lists the customer's assets without one.
    auto job = FieldWork(*f.db).job(f.team.ruben, f.appointmentId);
    REQUIRE(job.ok());
    REQUIRE(job->siteAssets.size() == 1);
    CHECK(job->siteAssets.first().id == *id);

    const FieldAction note{QStringLiteral("k-note"), 0, QStringLiteral("asset_note"), Clock::nowSecs(),
                           {{QStringLiteral("assetId"), *id}, {QStringLiteral("text"), QStringLiteral("Presión baja")}}};
    auto first = assets.apply(f.team.ruben, note);
    REQUIRE(first.ok());
    CHECK(first->applied);
    CHECK(first->appointmentId == f.appointmentId);   // recorded with his visit at that customer
    auto second = assets.apply(f.team.ruben, note);
    REQUIRE(second.ok());
    CHECK(second->duplicate);
    CHECK_FALSE(second->applied);
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM asset_notes")) == 1);
    const FieldAction theirs{QStringLiteral("s-note"), 0, QStringLiteral("asset_note"), Clock::nowSecs(),
                             {{QStringLiteral("assetId"), *id}, {QStringLiteral("text"), QStringLiteral("x")}}};
    CHECK(assets.apply(f.team.sergio, theirs).error().code == ErrorCode::NotPermitted);

    const FieldAction made{QStringLiteral("k-new"), f.appointmentId, QStringLiteral("asset_new"), Clock::nowSecs(),
                           {{QStringLiteral("type"), QStringLiteral("Toldo")}, {QStringLiteral("installedOn"), QStringLiteral("2026-11-24")}}};
    auto n1 = assets.apply(f.team.ruben, made);
    REQUIRE(n1.ok());
    auto n2 = assets.apply(f.team.ruben, made);
    REQUIRE(n2.ok());
    CHECK(n2->duplicate);
    CHECK(n2->assetId == n1->assetId);
    REQUIRE(AssetRegistry(*f.db).ofOrder(f.orderId)->size() == 1);
    CHECK(AssetRegistry(*f.db).find(n1->assetId)->warrantyUntil == QDate(2029, 11, 24));
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM assets")) == 2);

    // The office cancels the visit; a new asset the phone sends afterwards is refused, kept as
    // refused (its retry gets the same answer) and told to the office in the order's notes.
    rawExec(*f.db, QStringLiteral("UPDATE appointments SET status = 'cancelled' WHERE id = %1").arg(f.appointmentId));
    const FieldAction late{QStringLiteral("k-late"), f.appointmentId, QStringLiteral("asset_new"), Clock::nowSecs(),
                           {{QStringLiteral("type"), QStringLiteral("Mosquitera")}}};
    auto refused = assets.apply(f.team.ruben, late);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM assets")) == 2);
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM field_actions WHERE idempotency_key = 'k-late' AND outcome = 'refused'")) == 1);
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM order_notes WHERE order_id = %1 AND body LIKE '%Mosquitera%'").arg(f.orderId)) == 1);
    auto retried = assets.apply(f.team.ruben, late);
    CHECK(retried.error().message == refused.error().message);
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM order_notes WHERE order_id = %1 AND body LIKE '%Mosquitera%'").arg(f.orderId)) == 1);
}
