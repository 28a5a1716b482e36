#include "core/billing/CompanyProfiles.h"
#include "core/billing/MailOutbox.h"
#include "core/common/Clock.h"
#include "core/orders/EventText.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/scheduling/AppointmentService.h"
#include "core/usecases/OnlineBooking.h"

#include "support/TestDatabase.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <set>

#include <algorithm>
#include <atomic>
#include <map>
#include <thread>

using namespace ordo;
using namespace ordo::test;

namespace {

qint64 madrid(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Madrid")).toSecsSinceEpoch();
}

OnlineBookingRequest carmen(qint64 startsAt)
{
    OnlineBookingRequest r;
    r.jobType = QStringLiteral("Instalación de ventanas");
    r.postcode = QStringLiteral("28013");
    r.description = QStringLiteral("Tres ventanas viejas de aluminio");
    r.startsAt = startsAt;
    r.name = QStringLiteral("Carmen López");
    r.phone = QStringLiteral("600 12 34 56");
    r.email = QStringLiteral("carmen@example.es");
    r.address = QStringLiteral("Calle Mayor 12, 3º B");
    r.city = QStringLiteral("Madrid");
    r.consent = true;
    return r;
}

struct Fixture
{
    Fixture() { addCompanyProfile(*db); }
    TestDatabase db;
    Team team = addTeam(*db);
    // Monday 23 November 2026, 09:02 in Madrid; visits can be booked from 20 hours on.
    Clock::Override now{QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 23, 9, 2))};
    qint64 count(const char *sql) { return rawCount(*db, QString::fromUtf8(sql)); }
};

QStringList historyTexts(Database &db, Id orderId)
{
    QStringList texts;
    auto history = WorkOrderService(db).history(orderId);
    REQUIRE(history.ok());
    for (const auto &e : *history)
        texts << describeEvent(e) + QLatin1Char(' ') + e.note;
    return texts;
}

} // namespace

TEST_CASE("a customer sees free times in the company's area only, from the lead time on, without names", "[booking]")
{
    Fixture f;
    OnlineBooking booking(*f.db);
    auto madridCentre = booking.covers(QStringLiteral("28013"));
    REQUIRE(madridCentre.ok());
    CHECK(*madridCentre);
    auto valencia = booking.covers(QStringLiteral("46001"));
    REQUIRE(valencia.ok());
    CHECK_FALSE(*valencia);

    auto times = booking.freeSlots(QStringLiteral("28013"));
    REQUIRE(times.ok());
    REQUIRE(times->size() == 40);  // the page's default limit
    // Nothing sooner than 20 hours from now (Tuesday 05:02): the first is Tuesday at 08:00.
    CHECK(times->first().startsAt == madrid(2026, 11, 24, 8));
    CHECK(times->first().endsAt == madrid(2026, 11, 24, 9));
    // Sorted, each time once although two salespeople may be free.
    for (int i = 1; i < times->size(); ++i)
        CHECK(times->at(i - 1).startsAt < times->at(i).startsAt);
    CHECK(booking.freeSlots(QStringLiteral("46001"))->isEmpty());

    // What the page offers: the same forty, spread over the coming days instead of the first two
    // and a half: at most eight a day, each day's first among them, all of them free.
    auto offered = booking.offeredSlots(QStringLiteral("28013"));
    REQUIRE(offered.ok());
    CHECK(offered->size() == 40);
    const auto all = booking.freeSlots(QStringLiteral("28013"), 0, 200);
    REQUIRE(all.ok());
    std::map<QDate, int> perDay;
    std::map<QDate, qint64> firstOfDay;
    for (const BookingSlot &t : *all)
        firstOfDay.try_emplace(QDateTime::fromSecsSinceEpoch(t.startsAt, QTimeZone("Europe/Madrid")).date(), t.startsAt);
    for (const BookingSlot &t : *offered) {
        CHECK(all->contains(t));
        ++perDay[QDateTime::fromSecsSinceEpoch(t.startsAt, QTimeZone("Europe/Madrid")).date()];
    }
    CHECK(perDay.size() >= 5);
    // No two times of a day overlap (an hour's visit from 10:00 and another from 10:30).
    for (int i = 1; i < offered->size(); ++i)
        CHECK(offered->at(i).startsAt >= offered->at(i - 1).endsAt);
    const auto hour = [](int h, int m) { return BookingSlot{madrid(2026, 11, 24, h, m), madrid(2026, 11, 24, h + 1, m)}; };
    CHECK(OnlineBooking::spreadOverDays({hour(10, 0), hour(10, 30), hour(11, 0), hour(11, 30), hour(13, 0)}, 40)
          == (QList<BookingSlot>{hour(10, 0), hour(11, 0), hour(13, 0)}));
    for (const auto &[day, count] : perDay) {
        CHECK(count <= 8);
        CHECK(std::any_of(offered->begin(), offered->end(), [&, day = day](const BookingSlot &t) { return t.startsAt == firstOfDay[day]; }));
    }
    CHECK(offered->first() == times->first());
    const auto daysOf = [](const QList<BookingSlot> &list) {
        std::set<QDate> days;
        for (const BookingSlot &t : list)
            days.insert(QDateTime::fromSecsSinceEpoch(t.startsAt, QTimeZone("Europe/Madrid")).date());
        return days.size();
    };
    // Longer days (08:00 to 20:00, about 24 start times a day): still forty, over as many days.
    REQUIRE(f.db->run(QStringLiteral("UPDATE staff SET work_end = 1200")).ok());
    auto longer = booking.offeredSlots(QStringLiteral("28013"));
    REQUIRE(longer.ok());
    CHECK(longer->size() == 40);
    CHECK(daysOf(*longer) >= 5);
    // Ten times shown: ten, over three days or more, not eight over two.
    auto settings = BookingSettings::load(*f.db);
    settings.maxSlots = 10;
    REQUIRE(settings.save(*f.db).ok());
    auto few = booking.offeredSlots(QStringLiteral("28013"));
    REQUIRE(few.ok());
    CHECK(few->size() == 10);
    CHECK(daysOf(*few) >= 3);
    REQUIRE(f.db->run(QStringLiteral("UPDATE staff SET work_end = 1020")).ok());

    // Javier (280xx) is busy on Tuesday at 08:00: that time is gone for Madrid, not for Ana's 281xx.
    NewWorkOrder n;
    n.customerId = addCustomer(*f.db);
    n.title = QStringLiteral("Windows");
    auto o = WorkOrderService(*f.db).create(n, Actor{});
    REQUIRE(o.ok());
    REQUIRE(AppointmentService(*f.db).create({o->id, f.team.javier, madrid(2026, 11, 24, 8), madrid(2026, 11, 24, 9),
                                              AppointmentKind::Estimate, {}}, Actor{}).ok());
    CHECK(booking.freeSlots(QStringLiteral("28013"))->first().startsAt == madrid(2026, 11, 24, 9));
    CHECK(booking.freeSlots(QStringLiteral("28100"))->first().startsAt == madrid(2026, 11, 24, 8));
}

TEST_CASE("an online booking makes customer, site, order, assignment, visit, link and mail in one go", "[booking]")
{
    Fixture f;
    OnlineBooking booking(*f.db);
    const qint64 tuesdayTen = madrid(2026, 11, 24, 10);
    auto booked = booking.book(carmen(tuesdayTen), QStringLiteral("https://citas.ventanassol.es"));
    INFO((booked ? QString() : booked.error().message).toStdString());
    REQUIRE(booked.ok());
    CHECK(booked->match == CustomerMatch::New);
    CHECK(booked->slot.startsAt == tuesdayTen);
    CHECK(booked->manageToken.size() >= 40);

    auto order = WorkOrderService(*f.db).find(booked->orderId);
    REQUIRE(order.ok());
    CHECK(order->stepName == QStringLiteral("Estimate visit scheduled"));
    CHECK(order->assigneeId == f.team.javier);       // covers 280xx
    CHECK(order->responsibleId == f.team.javier);
    CHECK(order->jobType == QStringLiteral("Instalación de ventanas"));
    CHECK(order->description == QStringLiteral("Tres ventanas viejas de aluminio"));
    auto visits = AppointmentService(*f.db).forOrder(order->id);
    REQUIRE(visits.ok());
    REQUIRE(visits->size() == 1);
    CHECK(visits->first().appointment.staffId == f.team.javier);
    CHECK(visits->first().postcode == QStringLiteral("28013"));
    // The office reads why Javier got it.
    const QString history = historyTexts(*f.db, order->id).join(QLatin1Char('\n'));
    CHECK(history.contains(QStringLiteral("Booked online by the customer. Assigned automatically: Javier Ruiz")));
    CHECK(history.contains(QStringLiteral("covers 280xx")));
    CHECK(f.count("SELECT count(*) FROM customers WHERE name = 'Carmen López' AND phone = '600 12 34 56'") == 1);
    // The token is kept only as a digest.
    CHECK(f.count("SELECT count(*) FROM online_bookings") == 1);
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM online_bookings WHERE token_hash = '%1'").arg(booked->manageToken)) == 0);

    // The confirmation waits in the outbox, in Spanish, with the link and a calendar file.
    auto mail = MailOutbox(*f.db).unsent();
    REQUIRE(mail.ok());
    REQUIRE(mail->size() == 1);
    const MailMessage &m = mail->first().message;
    CHECK(m.to == QStringLiteral("carmen@example.es"));
    CHECK(m.subject.startsWith(QStringLiteral("Su visita está reservada: martes 24 de noviembre de 2026 10:00")));
    // The link opens the pages in the customer's language, whatever their phone speaks.
    CHECK(m.body.contains(QStringLiteral("https://citas.ventanassol.es/booking/") + booked->manageToken + QStringLiteral("?lang=es")));
    CHECK(m.body.contains(order->number));
    CHECK(m.attachmentType.startsWith("text/calendar"));
    const QString ics = QString::fromUtf8(m.attachment);
    CHECK(ics.contains(QStringLiteral("DTSTART:20261124T090000Z")));
    CHECK(ics.contains(QStringLiteral("DTEND:20261124T100000Z")));
    CHECK_FALSE(ics.contains(QStringLiteral("Javier")));

    // The link finds the booking.
    auto found = booking.find(booked->manageToken);
    REQUIRE(found.ok());
    CHECK(found->orderNumber == order->number);
    CHECK(found->slot.startsAt == tuesdayTen);
    CHECK_FALSE(found->cancelled);
    CHECK_FALSE(booking.find(booked->manageToken.left(30) + QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAA")).ok());
}

TEST_CASE("a returning customer is recognised; an ambiguous one is flagged, never merged", "[booking]")
{
    Fixture f;
    Customer known;
    known.name = QStringLiteral("Carmen López");
    known.phone = QStringLiteral("600123456");
    known.email = QStringLiteral("carmen@example.es");
    auto knownId = CustomerRepository(*f.db).add(known);
    REQUIRE(knownId.ok());
    Customer other;
    other.name = QStringLiteral("Pedro Gil");
    other.email = QStringLiteral("pedro@example.es");
    REQUIRE(CustomerRepository(*f.db).add(other).ok());

    OnlineBooking booking(*f.db);
    auto returning = booking.book(carmen(madrid(2026, 11, 24, 10)));
    REQUIRE(returning.ok());
    CHECK(returning->match == CustomerMatch::Returning);
    CHECK(WorkOrderService(*f.db).find(returning->orderId)->customerId == *knownId);
    CHECK(f.count("SELECT count(*) FROM customers") == 2);

    // Carmen's phone with Pedro's e-mail: two people; a new customer, and the office is told.
    OnlineBookingRequest mixed = carmen(madrid(2026, 11, 24, 12));
    mixed.email = QStringLiteral("pedro@example.es");
    mixed.address = QStringLiteral("Calle Mayor 30");   // not Carmen's visit sent again
    auto ambiguous = booking.book(mixed);
    REQUIRE(ambiguous.ok());
    CHECK(ambiguous->match == CustomerMatch::Ambiguous);
    CHECK(f.count("SELECT count(*) FROM customers") == 3);
    const auto order = WorkOrderService(*f.db).find(ambiguous->orderId);
    CHECK(order->customerId != *knownId);
    const QString history = historyTexts(*f.db, ambiguous->orderId).join(QLatin1Char('\n'));
    CHECK(history.contains(QStringLiteral("Check the customer")));
    CHECK(history.contains(QStringLiteral("Pedro Gil")));
    CHECK(history.contains(QStringLiteral("Carmen López")));
}

TEST_CASE("the same booking sent again is refused, naming the visit already booked; another job is not", "[booking]")
{
    // A customer books, goes Back in the browser and presses "Book" again (a new form, another time
    // ticked): the office would send two people to one job.
    Fixture f;
    OnlineBooking booking(*f.db);
    auto first = booking.book(carmen(madrid(2026, 11, 24, 10)));
    REQUIRE(first.ok());
    const auto counts = [&] {
        return QList<qint64>{f.count("SELECT count(*) FROM work_orders"), f.count("SELECT count(*) FROM appointments"),
                             f.count("SELECT count(*) FROM customers"), f.count("SELECT count(*) FROM mail_outbox")};
    };
    const QList<qint64> before = counts();

    OnlineBookingRequest again = carmen(madrid(2026, 11, 24, 12));
    again.address = QStringLiteral("  calle mayor 12,  3º b ");   // typed again, a little differently
    again.language = QStringLiteral("en");
    auto refused = booking.book(again);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("already have a visit booked")));
    CHECK(refused.error().message.contains(QStringLiteral("this job at this address: Tuesday 24 November 2026 at 10:00")));
    CHECK(counts() == before);   // nothing written

    // Back to correct the phone: the form no longer matches the first booking's customer alone
    // (an ambiguous match), but it is the same visit sent again.
    OnlineBookingRequest corrected = carmen(madrid(2026, 11, 24, 12));
    corrected.phone = QStringLiteral("600 12 34 57");
    auto refusedCorrected = booking.book(corrected);
    REQUIRE_FALSE(refusedCorrected.ok());
    CHECK(refusedCorrected.error().code == ErrorCode::Conflict);
    CHECK(counts() == before);

    // In Spanish, for a Spanish page.
    again.language = QStringLiteral("es");
    auto refusedEs = booking.book(again);
    REQUIRE_FALSE(refusedEs.ok());
    CHECK(refusedEs.error().message.contains(QStringLiteral("el martes 24 de noviembre de 2026 a las 10:00")));

    // Another job at the same address, or the same job elsewhere, is a booking of its own.
    OnlineBookingRequest repair = carmen(madrid(2026, 11, 24, 12));
    repair.jobType = QStringLiteral("Reparación");
    REQUIRE(booking.book(repair).ok());
    OnlineBookingRequest elsewhere = carmen(madrid(2026, 11, 24, 16));
    elsewhere.address = QStringLiteral("Calle Mayor 14, 1º A");
    REQUIRE(booking.book(elsewhere).ok());

    // Once the first visit is cancelled, the same job may be booked again.
    REQUIRE(booking.cancel(first->manageToken).ok());
    auto rebooked = booking.book(carmen(madrid(2026, 11, 25, 10)));
    REQUIRE(rebooked.ok());
    CHECK(rebooked->match == CustomerMatch::Returning);
}

TEST_CASE("closed days (holidays) are never offered nor booked", "[booking]")
{
    auto parsed = BookingSettings::parseClosedDays(QStringLiteral(" 8/12/2026, 2026-12-25;01.01.2027\n8/12/2026 "));
    REQUIRE(parsed.ok());
    CHECK(*parsed == (QList<QDate>{QDate(2026, 12, 8), QDate(2026, 12, 25), QDate(2027, 1, 1)}));
    CHECK(BookingSettings::formatClosedDays(*parsed) == QStringLiteral("08/12/2026, 25/12/2026, 01/01/2027"));
    auto wrong = BookingSettings::parseClosedDays(QStringLiteral("25/12/2026, 31/02/2027"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::Invalid);
    CHECK(wrong.error().message.contains(QStringLiteral("“31/02/2027”")));

    Fixture f;
    OnlineBooking booking(*f.db);
    const QDate tuesday(2026, 11, 24);
    const auto onTuesday = [&] {
        auto free = booking.freeSlots(QStringLiteral("28013"), 0, 200);
        REQUIRE(free.ok());
        return std::count_if(free->cbegin(), free->cend(),
                             [&](const BookingSlot &s) { return QDateTime::fromSecsSinceEpoch(s.startsAt).date() == tuesday; });
    };
    REQUIRE(onTuesday() > 0);   // a working day with free times…
    BookingSettings settings = BookingSettings::load(*f.db);
    settings.closedDays = {tuesday};
    REQUIRE(settings.save(*f.db).ok());
    CHECK(BookingSettings::load(*f.db).closedDays == QList<QDate>{tuesday});
    CHECK(onTuesday() == 0);    // …closed: none of them offered
    auto refused = booking.book(carmen(madrid(2026, 11, 24, 10)));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(f.count("SELECT count(*) FROM work_orders") == 0);
    REQUIRE(booking.book(carmen(madrid(2026, 11, 25, 10))).ok());   // the next day is open
}

TEST_CASE("a time taken meanwhile or bad input books nothing at all", "[booking]")
{
    Fixture f;
    OnlineBooking booking(*f.db);
    const qint64 slot = madrid(2026, 11, 24, 10);
    REQUIRE(booking.book(carmen(slot)).ok());
    const qint64 orders = f.count("SELECT count(*) FROM work_orders");
    const qint64 customers = f.count("SELECT count(*) FROM customers");
    const qint64 mails = f.count("SELECT count(*) FROM mail_outbox");

    // Javier was the only one for 280xx at that time.
    OnlineBookingRequest second = carmen(slot);
    second.name = QStringLiteral("Luis Pardo");
    second.phone = QStringLiteral("611 22 33 44");
    second.email = QStringLiteral("luis@example.es");
    second.language = QStringLiteral("en");   // the customer's messages are in the page's language
    auto taken = booking.book(second);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == ErrorCode::Conflict);
    CHECK(taken.error().message.contains(QStringLiteral("just been taken")));
    CHECK_FALSE(booking.freeSlots(QStringLiteral("28013"))->contains(BookingSlot{slot, slot + 3600}));

    OnlineBookingRequest bad = second;
    bad.startsAt = madrid(2026, 11, 24, 11);
    bad.phone = QStringLiteral("12");
    bad.email = QStringLiteral("luis<script>@x");
    bad.consent = false;
    bad.postcode = QStringLiteral("28O13");
    auto refused = booking.book(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("phone")));
    CHECK(refused.error().message.contains(QStringLiteral("e-mail")));
    CHECK(refused.error().message.contains(QStringLiteral("privacy")));
    CHECK(refused.error().message.contains(QStringLiteral("postcode")));

    OnlineBookingRequest faraway = second;
    faraway.startsAt = madrid(2026, 11, 24, 11);
    faraway.postcode = QStringLiteral("46001");
    auto outside = booking.book(faraway);
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().message.contains(QStringLiteral("46001")));

    OnlineBookingRequest tooSoon = second;
    tooSoon.startsAt = madrid(2026, 11, 23, 16);   // today: inside the lead time
    CHECK(booking.book(tooSoon).error().code == ErrorCode::Conflict);

    CHECK(f.count("SELECT count(*) FROM work_orders") == orders);
    CHECK(f.count("SELECT count(*) FROM customers") == customers);
    CHECK(f.count("SELECT count(*) FROM mail_outbox") == mails);
    CHECK(f.count("SELECT value FROM sequences") == orders);  // no order number used up
}

TEST_CASE("the customer's link moves or cancels the visit, the office reads it, and it expires", "[booking]")
{
    Fixture f;
    CompanyProfile profile = CompanyProfiles(*f.db).load();
    profile.email = QStringLiteral("citas@ventanassol.es");
    REQUIRE(CompanyProfiles(*f.db).save(profile).ok());
    OnlineBooking booking(*f.db);
    auto booked = booking.book(carmen(madrid(2026, 11, 24, 10)));
    REQUIRE(booked.ok());

    auto moved = booking.reschedule(booked->manageToken, madrid(2026, 11, 25, 12), QStringLiteral("https://citas.ventanassol.es"));
    INFO((moved ? QString() : moved.error().message).toStdString());
    REQUIRE(moved.ok());
    CHECK(moved->slot.startsAt == madrid(2026, 11, 25, 12));
    auto visits = AppointmentService(*f.db).forOrder(booked->orderId);
    REQUIRE(visits->size() == 1);
    CHECK(visits->first().appointment.startsAt == madrid(2026, 11, 25, 12));
    CHECK(historyTexts(*f.db, booked->orderId).join(QLatin1Char('\n')).contains(QStringLiteral("The customer moved the visit")));
    // The old time is free again.
    CHECK(booking.freeSlots(QStringLiteral("28013"))->contains(BookingSlot{madrid(2026, 11, 24, 10), madrid(2026, 11, 24, 11)}));

    auto cancelled = booking.cancel(booked->manageToken);
    REQUIRE(cancelled.ok());
    CHECK(cancelled->cancelled);
    visits = AppointmentService(*f.db).forOrder(booked->orderId);
    CHECK(visits->first().appointment.status == AppointmentStatus::Cancelled);
    CHECK(historyTexts(*f.db, booked->orderId).join(QLatin1Char('\n')).contains(QStringLiteral("The customer cancelled the visit")));
    CHECK(booking.cancel(booked->manageToken).error().code == ErrorCode::Invalid);
    CHECK(booking.reschedule(booked->manageToken, madrid(2026, 11, 26, 12)).error().code == ErrorCode::Invalid);
    CHECK(f.count("SELECT count(*) FROM mail_outbox") == 3);  // booked, moved, cancelled
    // The move's and the cancellation's mails read like the booking's: the greeting, where (with
    // the town), the reference; the move's with the link again. One event in the calendar for all three.
    QStringList bodies, calendars;
    auto mails = f.db->run(QStringLiteral("SELECT body, attachment FROM mail_outbox ORDER BY id"));
    REQUIRE(mails.ok());
    while (mails->next()) {
        bodies << mails->value(0).toString();
        calendars << QString::fromUtf8(QByteArray::fromBase64(mails->value(1).toByteArray()));   // kept as base64
    }
    REQUIRE(bodies.size() == 3);
    for (int i = 1; i < 3; ++i) {
        INFO(bodies.at(i).toStdString());
        CHECK(bodies.at(i).startsWith(QStringLiteral("Hola, Carmen López:\n\n")));
        CHECK(bodies.at(i).contains(QStringLiteral("Calle Mayor 12, 3º B, 28013 Madrid")));
        CHECK(bodies.at(i).contains(QStringLiteral("WO-2026-")));
        CHECK(calendars.at(i).contains(QStringLiteral("28013 Madrid")));
    }
    CHECK(bodies.at(1).contains(QStringLiteral("https://citas.ventanassol.es/booking/") + booked->manageToken + QStringLiteral("?lang=es")));
    CHECK_FALSE(bodies.at(2).contains(QStringLiteral("/booking/")));
    // The customer moved it: the subject gives the new date, it does not say the company moved it.
    CHECK(f.count("SELECT count(*) FROM mail_outbox WHERE subject LIKE 'Nueva fecha de su visita: %'") == 1);
    const auto uid = [](const QString &ics) { return QRegularExpression(QStringLiteral("UID:(\\S+)")).match(ics).captured(1); };
    CHECK(uid(calendars.at(0)).startsWith(QStringLiteral("ordo-")));
    CHECK(uid(calendars.at(0)).size() > 20);
    CHECK(uid(calendars.at(1)) == uid(calendars.at(0)));
    CHECK(uid(calendars.at(2)) == uid(calendars.at(0)));
    for (const QString &ics : calendars)
        CHECK(ics.contains(QStringLiteral("ORGANIZER;CN=\"Ventanas Sol S.L.\":mailto:citas@ventanassol.es")));

    // A link stops working when the visit's time comes.
    auto again = booking.book(carmen(madrid(2026, 11, 24, 10)));
    REQUIRE(again.ok());
    Clock::Override later(QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 24, 10, 1)));
    auto expired = booking.find(again->manageToken);
    REQUIRE_FALSE(expired.ok());
    CHECK(expired.error().message.contains(QStringLiteral("not valid any more")));
}

TEST_CASE("a visit booked before the calendar UIDs were stored is moved and cancelled in the same calendar event", "[booking][mail]")
{
    Fixture f;
    OnlineBooking before(*f.db);
    auto booked = before.book(carmen(madrid(2026, 11, 24, 10)), QStringLiteral("https://citas.ventanassol.es"));
    REQUIRE(booked.ok());
    const Id bookingId = rawCount(*f.db, QStringLiteral("SELECT max(id) FROM online_bookings"));
    // The database as schema 24 left it: no stored UID; that version's .ics said "ordo-booking-<id>@ordo".
    REQUIRE(f.db->run(QStringLiteral("ALTER TABLE online_bookings DROP COLUMN calendar_uid")).ok());
    REQUIRE(f.db->run(QStringLiteral("UPDATE meta SET value = '24' WHERE key = 'schema_version'")).ok());
    REQUIRE(f.db->run(QStringLiteral("DELETE FROM mail_outbox")).ok());
    f.db.db.reset();
    auto upgraded = Database::open(f.db.path);
    REQUIRE(upgraded.ok());
    f.db.db = std::move(*upgraded);
    REQUIRE(f.db->schemaVersion() == Database::CurrentSchemaVersion);

    OnlineBooking booking(*f.db);
    REQUIRE(booking.reschedule(booked->manageToken, madrid(2026, 11, 25, 12), QStringLiteral("https://citas.ventanassol.es")).ok());
    REQUIRE(booking.cancel(booked->manageToken).ok());
    QStringList calendars;
    auto mails = f.db->run(QStringLiteral("SELECT attachment FROM mail_outbox ORDER BY id"));
    REQUIRE(mails.ok());
    while (mails->next())
        calendars << QString::fromUtf8(QByteArray::fromBase64(mails->value(0).toByteArray()));
    REQUIRE(calendars.size() == 2);
    for (const QString &ics : calendars)
        CHECK(ics.contains(QStringLiteral("UID:ordo-booking-%1@ordo\r\n").arg(bookingId)));
    CHECK(calendars.at(1).contains(QStringLiteral("METHOD:CANCEL")));

    // A booking made after the upgrade gets a UID that no other company's booking number shares.
    auto after = booking.book(carmen(madrid(2026, 11, 26, 10)));
    REQUIRE(after.ok());
    auto found = booking.find(after->manageToken);
    REQUIRE(found.ok());
    CHECK(found->calendarUid.startsWith(QStringLiteral("ordo-")));
    CHECK_FALSE(found->calendarUid.startsWith(QStringLiteral("ordo-booking-")));
}

TEST_CASE("the outbox keeps a confirmation until the mail server takes it", "[booking][mail]")
{
    Fixture f;
    REQUIRE(OnlineBooking(*f.db).book(carmen(madrid(2026, 11, 24, 10))).ok());
    MailOutbox outbox(*f.db);
    int calls = 0;
    auto down = outbox.deliver([&](const MailMessage &) -> Result<void> {
        ++calls;
        return makeError(ErrorCode::Io, QStringLiteral("server unreachable"));
    }, Clock::nowSecs());
    REQUIRE(down.ok());
    CHECK(*down == 0);
    CHECK(calls == 1);
    CHECK(outbox.unsent()->first().lastError == QStringLiteral("server unreachable"));
    // Not tried again before its time; then sent once.
    CHECK(*outbox.deliver([&](const MailMessage &) -> Result<void> { ++calls; return {}; }, Clock::nowSecs()) == 0);
    CHECK(calls == 1);
    CHECK(*outbox.deliver([&](const MailMessage &) -> Result<void> { ++calls; return {}; }, Clock::nowSecs() + 120) == 1);
    CHECK(calls == 2);
    CHECK(outbox.unsent()->isEmpty());
}

TEST_CASE("many processes booking the same time at once: exactly one gets it", "[booking][concurrency]")
{
    Fixture f;
    const qint64 slot = madrid(2026, 11, 24, 10);
    constexpr int Clients = 8;
    std::atomic<int> booked{0}, taken{0}, failed{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> clients;
    for (int i = 0; i < Clients; ++i)
        clients.emplace_back([&, i] {
            auto db = Database::open(f.db.path, Database::OpenMode::MustExist);
            if (!db) {
                ++failed;
                return;
            }
            while (!go)
                std::this_thread::yield();
            OnlineBookingRequest r = carmen(slot);
            r.phone = QStringLiteral("6000000%1").arg(i, 2, 10, QLatin1Char('0'));
            r.email = QStringLiteral("c%1@example.es").arg(i);
            auto result = OnlineBooking(**db).book(r);
            if (result)
                ++booked;
            else if (result.error().code == ErrorCode::Conflict)
                ++taken;
            else
                ++failed;
        });
    go = true;
    for (auto &t : clients)
        t.join();
    CHECK(failed == 0);
    CHECK(booked == 1);
    CHECK(taken == Clients - 1);
    CHECK(f.count("SELECT count(*) FROM appointments") == 1);
    CHECK(f.count("SELECT count(*) FROM work_orders") == 1);
}

TEST_CASE("the same booking form sent twice books once", "[booking]")
{
    Fixture f;
    OnlineBooking booking(*f.db);
    OnlineBookingRequest r = carmen(madrid(2026, 11, 24, 10));
    r.requestKey = QStringLiteral("form-1");
    r.language = QStringLiteral("en");
    REQUIRE(booking.book(r).ok());
    CHECK(*booking.alreadySent(QStringLiteral("form-1")));
    CHECK_FALSE(*booking.alreadySent(QStringLiteral("form-2")));
    r.startsAt = madrid(2026, 11, 24, 12);   // even for another time
    auto replay = booking.book(r);
    REQUIRE_FALSE(replay.ok());
    CHECK(replay.error().message.contains(QStringLiteral("sent already")));
    CHECK(f.count("SELECT count(*) FROM work_orders") == 1);
    CHECK(f.count("SELECT count(*) FROM mail_outbox") == 1);
}

TEST_CASE("bookings sent together share one commit: each all or nothing, seen by the next, saved only together", "[booking][sqlite]")
{
    Fixture f;
    OnlineBooking booking(*f.db);
    auto other = Database::open(f.db.path, Database::OpenMode::MustExist);   // the desktop, say
    REQUIRE(other.ok());
    auto othersSee = [&](const char *sql) { return rawCount(**other, QString::fromUtf8(sql)); };
    const qint64 ten = madrid(2026, 11, 24, 10), eleven = madrid(2026, 11, 24, 11), noon = madrid(2026, 11, 24, 12);
    OnlineBookingRequest luis = carmen(ten);
    luis.name = QStringLiteral("Luis Pardo");
    luis.phone = QStringLiteral("611 22 33 44");
    luis.email = QStringLiteral("luis@example.es");

    REQUIRE(f.db->beginGroup().ok());
    CHECK(f.db->inGroup());
    CHECK_FALSE(f.db->inTransaction());   // between actions: each use case opens its own
    auto first = booking.book(carmen(ten));
    REQUIRE(first.ok());
    // The same time, in the same group: Luis sees Carmen's visit though it is not committed yet.
    auto same = booking.book(luis);
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().code == ErrorCode::Conflict);
    // An action that wrote and then failed leaves nothing; the actions before it stay.
    auto failed = withTransaction(*f.db, [&]() -> Result<bool> {
        Customer c;
        c.name = QStringLiteral("A medias");
        c.phone = QStringLiteral("622 00 00 00");
        if (auto added = CustomerRepository(*f.db).add(c); !added)
            return added.error();
        return makeError(ErrorCode::Conflict, QStringLiteral("refused half-way"));
    });
    REQUIRE_FALSE(failed.ok());
    luis.startsAt = eleven;
    auto third = booking.book(luis);
    REQUIRE(third.ok());
    CHECK(third->orderNumber != first->orderNumber);
    // Nothing reaches the file, nor another program, before the group's one commit.
    CHECK(othersSee("SELECT count(*) FROM work_orders") == 0);
    REQUIRE(f.db->commitGroup().ok());
    CHECK_FALSE(f.db->inGroup());
    CHECK(othersSee("SELECT count(*) FROM work_orders") == 2);
    CHECK(othersSee("SELECT count(*) FROM appointments") == 2);
    CHECK(othersSee("SELECT count(*) FROM online_bookings") == 2);
    CHECK(othersSee("SELECT count(*) FROM mail_outbox") == 2);
    CHECK(othersSee("SELECT count(*) FROM customers WHERE name = 'A medias'") == 0);
    CHECK(othersSee("SELECT value FROM sequences") == 2);   // no order number used up by the refused one
    CHECK(historyTexts(**other, third->orderId).join(QLatin1Char('\n')).contains(QStringLiteral("Assigned automatically")));

    SECTION("a group whose commit fails saves nothing of any of its bookings, and the next one works")
    {
        REQUIRE(f.db->beginGroup().ok());
        OnlineBookingRequest ana = carmen(noon);
        ana.name = QStringLiteral("Ana Ruiz");
        ana.phone = QStringLiteral("633 44 55 66");
        ana.email = QStringLiteral("ana@example.es");
        REQUIRE(booking.book(ana).ok());
        // A change whose check waits for COMMIT (a deferred foreign key) makes that COMMIT fail.
        auto deferred = withTransaction(*f.db, [&]() -> Result<bool> {
            if (auto r = f.db->run(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !r)
                return r.error();
            if (auto r = f.db->run(QStringLiteral("INSERT INTO sites (customer_id, address, created_at) VALUES (999999, 'Nowhere', 0)")); !r)
                return r.error();
            return true;
        });
        REQUIRE(deferred.ok());
        auto saved = f.db->commitGroup();
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().message.contains(QStringLiteral("nothing was saved")));
        CHECK_FALSE(f.db->inGroup());
        CHECK_FALSE(f.db->inTransaction());
        CHECK(othersSee("SELECT count(*) FROM work_orders") == 2);
        CHECK(f.count("SELECT count(*) FROM customers WHERE name = 'Ana Ruiz'") == 0);
        CHECK(f.count("SELECT count(*) FROM sites WHERE address = 'Nowhere'") == 0);
        CHECK(booking.freeSlots(QStringLiteral("28013"))->contains(BookingSlot{noon, noon + 3600}));
        // Ana's try again, alone, gets the time.
        auto again = booking.book(ana);
        REQUIRE(again.ok());
        CHECK(othersSee("SELECT count(*) FROM work_orders") == 3);
    }
}
