#include "core/orders/EventText.h"
#include "core/common/Clock.h"
#include "core/common/LocalDays.h"

#include <ctime>
#include "core/orders/WorkOrderService.h"
#include "core/people/StaffRepository.h"
#include "core/scheduling/AppointmentService.h"
#include "core/scheduling/IcsExport.h"
#include "core/usecases/IntakeService.h"
#include "core/scheduling/Scheduler.h"
#include "core/usecases/OrderMoves.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

#include <QTimeZone>

using namespace ordo;
using namespace ordo::test;

namespace {

const Actor lucia{std::nullopt, QStringLiteral("Lucía Romero")};

qint64 madrid(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Madrid")).toSecsSinceEpoch();
}

struct Fixture
{
    TestDatabase db;
    Team team = addTeam(*db);
    AppointmentService appointments{*db};

    Id newOrder()
    {
        NewWorkOrder n;
        n.customerId = addCustomer(*db);
        n.title = QStringLiteral("Windows");
        auto o = WorkOrderService(*db).create(n, lucia);
        REQUIRE(o.ok());
        return o->id;
    }

    CalendarEntry book(Id staff, qint64 start, qint64 end, bool confirmed = false)
    {
        auto e = appointments.create({newOrder(), staff, start, end, AppointmentKind::Estimate, {}}, lucia, confirmed);
        INFO((e ? QString() : e.error().message).toStdString());
        REQUIRE(e.ok());
        return *e;
    }
};

} // namespace

TEST_CASE("a booking over another booking of the same person is refused until confirmed", "[scheduling]")
{
    Fixture f;
    Clock::Override now(QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 23, 8)));
    f.book(f.team.javier, madrid(2026, 11, 24, 10), madrid(2026, 11, 24, 11));
    const Id order = f.newOrder();
    auto clash = f.appointments.create({order, f.team.javier, madrid(2026, 11, 24, 10, 30), madrid(2026, 11, 24, 11, 30),
                                        AppointmentKind::Estimate, {}},
                                       lucia);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().code == ErrorCode::Conflict);
    CHECK(clash.error().message.contains(QStringLiteral("Javier Ruiz already has")));
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM appointments")) == 1);

    // Another person at the same time is fine, and a confirmed double booking is saved.
    CHECK(f.appointments.create({order, f.team.ana, madrid(2026, 11, 24, 10, 30), madrid(2026, 11, 24, 11, 30),
                                 AppointmentKind::Estimate, {}}, lucia).ok());
    CHECK(f.appointments.create({order, f.team.javier, madrid(2026, 11, 24, 10, 30), madrid(2026, 11, 24, 11, 30),
                                 AppointmentKind::Estimate, {}}, lucia, true).ok());
    // Touching end to start is not a clash.
    CHECK(f.appointments.check(f.team.javier, madrid(2026, 11, 24, 11, 30), madrid(2026, 11, 24, 12))->ok());
}

TEST_CASE("outside working hours or on a day off needs confirmation", "[scheduling]")
{
    Fixture f;
    const auto evening = f.appointments.check(f.team.javier, madrid(2026, 11, 24, 18), madrid(2026, 11, 24, 19));
    REQUIRE(evening.ok());
    CHECK(evening->outsideHours);
    CHECK(evening->describe(QStringLiteral("Javier")).contains(QStringLiteral("working hours")));
    const auto saturday = f.appointments.check(f.team.javier, madrid(2026, 11, 28, 10), madrid(2026, 11, 28, 11));
    CHECK(saturday->outsideHours);
    CHECK(f.appointments.check(f.team.javier, madrid(2026, 11, 24, 8), madrid(2026, 11, 24, 17))->ok());
}

TEST_CASE("working hours follow the local clock across daylight-saving changes", "[scheduling][dst]")
{
    StaffMember m;
    m.hours = WorkingHours{0b1111111, 8 * 60, 17 * 60};
    // Europe/Madrid: summer time starts on the last Sunday of March (28 March 2027)...
    const auto friday = *workingWindow(m, QDate(2027, 3, 26));
    const auto monday = *workingWindow(m, QDate(2027, 3, 29));
    CHECK(friday.first == QDateTime(QDate(2027, 3, 26), QTime(7, 0), Qt::UTC).toSecsSinceEpoch());
    CHECK(monday.first == QDateTime(QDate(2027, 3, 29), QTime(6, 0), Qt::UTC).toSecsSinceEpoch());
    const auto changeDay = *workingWindow(m, QDate(2027, 3, 28));
    CHECK(changeDay.second - changeDay.first == 9 * 3600);
    // ...and ends on the last Sunday of October (25 October 2026).
    const auto before = *workingWindow(m, QDate(2026, 10, 23));
    const auto after = *workingWindow(m, QDate(2026, 10, 26));
    CHECK(before.first == QDateTime(QDate(2026, 10, 23), QTime(6, 0), Qt::UTC).toSecsSinceEpoch());
    CHECK(after.first == QDateTime(QDate(2026, 10, 26), QTime(7, 0), Qt::UTC).toSecsSinceEpoch());
}

TEST_CASE("local days give QDateTime's answers around both daylight-saving changes", "[scheduling][dst]")
{
    // Europe/Madrid (the tests' zone): 25 October 2026 lasts 25 hours, 28 March 2027 lasts 23.
    LocalDays days;
    int compared = 0;
    for (const QDate first : {QDate(2026, 10, 22), QDate(2027, 3, 25)}) {
        // Asked in an order that fills the days from both ends and from the middle.
        for (int pass = 0; pass < 2; ++pass) {
            for (int d = 0; d < 7; ++d) {
                const QDate day = first.addDays(pass == 0 ? 6 - d : d);
                for (int minute = 0; minute < 24 * 60; minute += 15) {
                    CHECK(days.at(day, minute) == QDateTime(day, QTime(0, 0).addSecs(minute * 60)).toSecsSinceEpoch());
                    const qint64 instant = QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + minute * 60 - 3600;
                    CHECK(days.dateOf(instant) == QDateTime::fromSecsSinceEpoch(instant).date());
                    CHECK(days.timeOf(instant) == QDateTime::fromSecsSinceEpoch(instant).time());
                    CHECK(days.offsetOf(instant) == QDateTime::fromSecsSinceEpoch(instant).offsetFromUtc());
                    ++compared;
                }
            }
        }
    }
    CHECK(compared == 2 * 2 * 7 * 96);
    // The changes' own hours, where the local clock jumps.
    CHECK(days.dateOf(QDateTime(QDate(2026, 10, 24), QTime(22, 30), Qt::UTC).toSecsSinceEpoch()) == QDate(2026, 10, 25));
    CHECK(days.at(QDate(2027, 3, 28), 9 * 60) == QDateTime(QDate(2027, 3, 28), QTime(7, 0), Qt::UTC).toSecsSinceEpoch());
    CHECK(days.at(QDate(2026, 10, 25), 9 * 60) == QDateTime(QDate(2026, 10, 25), QTime(8, 0), Qt::UTC).toSecsSinceEpoch());

    // A second object in the same thread finds the days' starts the first one converted: the same
    // answers, the instants now placed from a neighbouring day, the two changes' days included.
    LocalDays again;
    for (const QDate first : {QDate(2027, 3, 31), QDate(2026, 10, 20)}) {
        for (int d = 0; d < 9; ++d) {
            const QDate day = first.addDays(-d);
            for (int minute = 0; minute < 24 * 60; minute += 20) {
                const qint64 instant = QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + minute * 60 - 3600;
                CHECK(again.dateOf(instant) == QDateTime::fromSecsSinceEpoch(instant).date());
                CHECK(again.timeOf(instant) == QDateTime::fromSecsSinceEpoch(instant).time());
                CHECK(again.at(day, minute) == QDateTime(day, QTime(0, 0).addSecs(minute * 60)).toSecsSinceEpoch());
            }
        }
    }
}

TEST_CASE("local days follow a change of the TZ variable in the same thread", "[scheduling][dst]")
{
    const QDate day(2026, 12, 9);
    const qint64 madridMidnight = QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - 3600;
    CHECK(LocalDays().at(day, 0) == madridMidnight);
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Atlantic/Canary");
    tzset();
    const qint64 canaryMidnight = LocalDays().at(day, 0);
    const QDate canaryDate = LocalDays().dateOf(madridMidnight);
    qputenv("TZ", zone);
    tzset();
    CHECK(canaryMidnight == madridMidnight + 3600);
    CHECK(canaryDate == day.addDays(-1));
    CHECK(LocalDays().at(day, 0) == madridMidnight);
}

TEST_CASE("proposals across the spring change start at 08:00 local time on both sides", "[scheduling][dst]")
{
    Fixture f;
    Clock::Override now(QDateTime::fromSecsSinceEpoch(madrid(2027, 3, 26, 16)));
    SlotRequest r;
    r.postcode = QStringLiteral("28013");
    r.days = 4;
    r.maxProposals = 20;
    auto proposals = Scheduler(*f.db).propose(r, AssignmentPolicy{});
    REQUIRE(proposals.ok());
    bool sawMonday = false;
    for (const auto &p : *proposals) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(p.startsAt).toTimeZone(QTimeZone("Europe/Madrid"));
        if (local.date() == QDate(2027, 3, 29)) {
            sawMonday = true;
            CHECK(local.time() == QTime(8, 0));
        }
        CHECK(local.date().dayOfWeek() <= 5);
    }
    CHECK(sawMonday);
}

TEST_CASE("proposals put the person who covers the postcode first and say why", "[scheduling]")
{
    Fixture f;
    Clock::Override now(QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 23, 9, 2)));  // Monday 09:02
    // Javier already has two visits on Tuesday.
    f.book(f.team.javier, madrid(2026, 11, 24, 8), madrid(2026, 11, 24, 9));
    f.book(f.team.javier, madrid(2026, 11, 24, 9), madrid(2026, 11, 24, 10));
    SlotRequest r;
    r.postcode = QStringLiteral("28013");
    r.after = madrid(2026, 11, 24, 0);
    auto proposals = Scheduler(*f.db).propose(r, AssignmentPolicy{});
    REQUIRE(proposals.ok());
    REQUIRE_FALSE(proposals->isEmpty());
    const Proposal &best = proposals->first();
    CHECK(best.staffId == f.team.javier);
    CHECK(best.startsAt == madrid(2026, 11, 24, 10));  // the first free half hour after his two visits
    CHECK(best.coversPostcode);
    CHECK(best.visitsThatDay == 2);
    CHECK(best.explanation.contains(QStringLiteral("Javier Ruiz")));
    CHECK(best.explanation.contains(QStringLiteral("covers 280xx")));
    CHECK(best.explanation.contains(QStringLiteral("2 visits that day")));

    // Ana covers 281xx: for a site in Alcobendas she comes first.
    r.postcode = QStringLiteral("28100");
    auto alcobendas = Scheduler(*f.db).propose(r, AssignmentPolicy{});
    REQUIRE(alcobendas.ok());
    CHECK(alcobendas->first().staffId == f.team.ana);

    // Without the territory rule, the least loaded comes first.
    AssignmentPolicy loadOnly{false, true, false, false};
    r.postcode = QStringLiteral("28013");
    auto byLoad = Scheduler(*f.db).propose(r, loadOnly);
    REQUIRE(byLoad.ok());
    CHECK(byLoad->first().staffId == f.team.ana);
}

TEST_CASE("nobody is proposed over an existing booking or outside working hours", "[scheduling]")
{
    Fixture f;
    Clock::Override now(QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 23, 7)));
    // Javier is fully booked on Monday.
    f.book(f.team.javier, madrid(2026, 11, 23, 8), madrid(2026, 11, 23, 17));
    SlotRequest r;
    r.days = 2;
    r.maxProposals = 50;
    auto proposals = Scheduler(*f.db).propose(r, AssignmentPolicy{});
    REQUIRE(proposals.ok());
    // Not vacuous: there are proposals, Javier among them (on Tuesday).
    REQUIRE_FALSE(proposals->isEmpty());
    CHECK(std::any_of(proposals->begin(), proposals->end(), [&](const Proposal &p) { return p.staffId == f.team.javier; }));
    for (const auto &p : *proposals) {
        auto check = f.appointments.check(p.staffId, p.startsAt, p.endsAt);
        REQUIRE(check.ok());
        CHECK(check->ok());
        if (p.staffId == f.team.javier)
            CHECK(p.startsAt >= madrid(2026, 11, 24, 8));
    }
}

TEST_CASE("intake books customer, order, step, assignment and visit in one transaction", "[scheduling][intake]")
{
    Fixture f;
    Clock::Override now(QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 23, 9, 2)));
    SlotRequest r;
    r.postcode = QStringLiteral("28013");
    auto proposals = Scheduler(*f.db).propose(r, AssignmentPolicy{});
    REQUIRE(proposals.ok());
    IntakeRequest request;
    request.newCustomer.name = QStringLiteral("Carmen López");
    request.newCustomer.phone = QStringLiteral("600 12 34 56");
    request.newCustomer.address = QStringLiteral("Calle Mayor 12");
    request.newCustomer.postcode = QStringLiteral("28013");
    request.title = QStringLiteral("Three old windows");
    request.notes = QStringLiteral("Third floor, no lift");
    request.slot = proposals->first();
    auto booked = IntakeService(*f.db).book(request, lucia);
    INFO((booked ? QString() : booked.error().message).toStdString());
    REQUIRE(booked.ok());
    CHECK(booked->order.stepName == QStringLiteral("Estimate visit scheduled"));
    CHECK(booked->order.assigneeId == f.team.javier);
    CHECK(booked->order.responsibleId == f.team.javier);
    CHECK(booked->appointment.appointment.staffId == f.team.javier);
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM order_notes")) == 1);
    auto history = WorkOrderService(*f.db).history(booked->order.id);
    REQUIRE(history.ok());
    CHECK(history->size() >= 4);  // created, moved, handed over, appointment, note
}

TEST_CASE("intake whose slot was taken meanwhile saves nothing and uses no order number", "[scheduling][intake]")
{
    Fixture f;
    Clock::Override now(QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 23, 9, 2)));
    SlotRequest r;
    r.postcode = QStringLiteral("28013");
    auto proposals = Scheduler(*f.db).propose(r, AssignmentPolicy{});
    REQUIRE(proposals.ok());
    const Proposal slot = proposals->first();
    // Another front desk books that slot first.
    f.book(slot.staffId, slot.startsAt, slot.endsAt);
    const qint64 orders = rawCount(*f.db, QStringLiteral("SELECT count(*) FROM work_orders"));

    IntakeRequest request;
    request.newCustomer.name = QStringLiteral("Carmen López");
    request.newCustomer.postcode = QStringLiteral("28013");
    request.slot = slot;
    auto refused = IntakeService(*f.db).book(request, lucia);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("no longer free")));
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM work_orders")) == orders);
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Carmen López' AND phone = ''")) == 0);
    CHECK(rawCount(*f.db, QStringLiteral("SELECT value FROM sequences")) == orders);
}

TEST_CASE("rescheduling is recorded in the order's history and refuses a stale version", "[scheduling]")
{
    Fixture f;
    Clock::Override now(QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 23, 8)));
    const CalendarEntry e = f.book(f.team.javier, madrid(2026, 11, 24, 10), madrid(2026, 11, 24, 11));
    auto moved = f.appointments.reschedule(e.appointment.id, e.version, f.team.ana, madrid(2026, 11, 25, 12),
                                           madrid(2026, 11, 25, 13), lucia);
    REQUIRE(moved.ok());
    CHECK(moved->staffName == QStringLiteral("Ana Torres"));
    auto history = WorkOrderService(*f.db).history(e.appointment.orderId);
    REQUIRE(history.ok());
    CHECK(describeEvent(history->last()).contains(QStringLiteral("Javier Ruiz")));
    CHECK(describeEvent(history->last()).contains(QStringLiteral("Ana Torres")));
    auto stale = f.appointments.reschedule(e.appointment.id, e.version, f.team.ana, madrid(2026, 11, 25, 14),
                                           madrid(2026, 11, 25, 15), lucia);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
}

TEST_CASE("a step that assigns automatically gives the order to the best person and says why", "[scheduling]")
{
    Fixture f;
    rawExec(*f.db, QStringLiteral("UPDATE steps SET handler = 'auto_assign' WHERE name = 'Installation scheduled'"));
    NewWorkOrder n;
    n.customerId = addCustomer(*f.db, QStringLiteral("Carmen López"), QStringLiteral("28013"));
    n.title = QStringLiteral("Repair");
    auto o = WorkOrderService(*f.db).create(n, lucia);
    REQUIRE(o.ok());
    CHECK_FALSE(o->assigneeId.has_value());
    auto wf = WorkflowRepository(*f.db).defaultLatest();
    auto moved = OrderMoves(*f.db).move(o->id, o->version, wf->stepNamed(QStringLiteral("Installation scheduled"))->id, lucia);
    REQUIRE(moved.ok());
    REQUIRE(moved->order.assigneeId.has_value());
    CHECK((*moved->order.assigneeId == f.team.ruben || *moved->order.assigneeId == f.team.sergio));
    CHECK(moved->order.responsibleId == moved->order.assigneeId);
    auto history = WorkOrderService(*f.db).history(o->id);
    const auto assigned = std::find_if(history->begin(), history->end(), [](const OrderEvent &e) {
        return e.kind == EventKind::Assigned && e.field == QStringLiteral("assignee");
    });
    REQUIRE(assigned != history->end());
    CHECK(assigned->note.contains(QStringLiteral("free")));
}

TEST_CASE("the iCalendar export is valid, escaped, folded and parses back", "[scheduling][ics]")
{
    Fixture f;
    Clock::Override now(QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 23, 8)));
    const CalendarEntry e = f.book(f.team.javier, madrid(2026, 3, 30, 10), madrid(2026, 3, 30, 11), true);
    rawExec(*f.db, QStringLiteral("UPDATE customers SET name = 'López; García, Carmen', address = 'Calle Mayor 12\\3º'"));
    auto entries = f.appointments.range(madrid(2026, 3, 1, 0), madrid(2026, 4, 1, 0), {f.team.javier});
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    QList<CalendarEntry> many = *entries;
    many.first().appointment.notes = QString(200, QChar(u'ñ'));  // a long, non-ASCII line must fold cleanly
    const QByteArray ics = exportIcs(many, QStringLiteral("Ordo — Javier"), madrid(2026, 11, 23, 8));

    // Every physical line: at most 75 octets, CRLF-terminated, valid UTF-8 on its own.
    const QList<QByteArray> physical = ics.split('\n');
    for (const QByteArray &line : physical) {
        if (line.isEmpty())
            continue;
        CHECK(line.endsWith('\r'));
        CHECK(line.size() - 1 <= 75);
        CHECK(QString::fromUtf8(line).toUtf8() == line);
    }
    // Unfold and read it back.
    QString text = QString::fromUtf8(ics);
    text.replace(QStringLiteral("\r\n "), QString());
    QHash<QString, QString> fields;
    for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        const int colon = static_cast<int>(line.indexOf(QLatin1Char(':')));
        fields.insert(line.left(colon), line.mid(colon + 1));
    }
    CHECK(fields.value(QStringLiteral("UID")) == QStringLiteral("appointment-%1@ordo").arg(e.appointment.id));
    CHECK(fields.value(QStringLiteral("DTSTART")) == QStringLiteral("20260330T080000Z"));  // 10:00 summer time
    CHECK(fields.value(QStringLiteral("SUMMARY")).contains(QStringLiteral("López\\; García\\, Carmen")));
    CHECK(fields.value(QStringLiteral("LOCATION")).startsWith(QStringLiteral("Calle Mayor 12\\\\3º")));
    CHECK(fields.value(QStringLiteral("DESCRIPTION")).contains(QString(200, QChar(u'ñ'))));
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));
    CHECK(icsFold(QByteArray(80, 'a')) == QByteArray(75, 'a') + "\r\n " + QByteArray(5, 'a'));
}

TEST_CASE("a visit lasts at most 24 hours, so a calendar window finds one that started the day before", "[scheduling]")
{
    Fixture f;
    const Id order = f.newOrder();
    auto tooLong = f.appointments.create({order, f.team.ruben, madrid(2026, 11, 23, 8), madrid(2026, 11, 24, 9),
                                          AppointmentKind::Installation, {}},
                                         lucia, true);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("24 hours")));

    auto day = f.appointments.create({order, f.team.ruben, madrid(2026, 11, 23, 8), madrid(2026, 11, 24, 8),
                                      AppointmentKind::Installation, {}},
                                     lucia, true);
    REQUIRE(day.ok());
    // A window on the next morning starts inside that visit: the range still finds it.
    auto morning = f.appointments.range(madrid(2026, 11, 24, 7), madrid(2026, 11, 24, 9));
    REQUIRE(morning.ok());
    CHECK(std::any_of(morning->begin(), morning->end(),
                      [&](const CalendarEntry &e) { return e.appointment.id == day->appointment.id; }));
    // Stretching it past 24 hours is refused as well.
    auto stretched = f.appointments.reschedule(day->appointment.id, day->version, f.team.ruben, madrid(2026, 11, 23, 8),
                                               madrid(2026, 11, 24, 9), lucia, true);
    REQUIRE_FALSE(stretched.ok());
    CHECK(stretched.error().message.contains(QStringLiteral("24 hours")));
}

TEST_CASE("the skills asked for and the turns decide who is proposed first, and say why", "[scheduling]")
{
    Fixture f;
    Clock::Override now(QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 23, 7)));
    StaffRepository staff(*f.db);
    auto sergio = staff.find(f.team.sergio);
    REQUIRE(sergio.ok());
    sergio->skills = {QStringLiteral("aluminio")};
    REQUIRE(staff.update(*sergio).ok());

    SlotRequest r;
    r.kind = AppointmentKind::Installation;
    r.skills = {QStringLiteral("aluminio")};
    r.days = 1;
    r.maxProposals = 10;
    AssignmentPolicy onlySkills;
    onlySkills.territory = false;
    onlySkills.leastLoaded = false;
    onlySkills.roundRobin = false;
    onlySkills.skills = true;
    auto bySkill = Scheduler(*f.db).propose(r, onlySkills);
    REQUIRE(bySkill.ok());
    REQUIRE(bySkill->size() >= 2);
    CHECK(bySkill->first().staffId == f.team.sergio);
    CHECK(bySkill->first().hasSkills);
    const auto ruben = std::find_if(bySkill->begin(), bySkill->end(), [&](const Proposal &p) { return p.staffId == f.team.ruben; });
    REQUIRE(ruben != bySkill->end());
    CHECK_FALSE(ruben->hasSkills);
    CHECK(ruben->explanation.contains(QStringLiteral("lacks a skill")));
    CHECK(ruben->startsAt == bySkill->first().startsAt);          // both free at 08:00…
    CHECK(bySkill->first().score - ruben->score == 800);           // …+200 for the skill, −600 without it

    // Turns: whoever was booked longest ago goes first.
    AssignmentPolicy onlyTurns = onlySkills;
    onlyTurns.skills = false;
    onlyTurns.roundRobin = true;
    r.skills.clear();
    f.book(f.team.sergio, madrid(2026, 11, 30, 8), madrid(2026, 11, 30, 9));  // Sergio had the last booking
    auto turn = Scheduler(*f.db).propose(r, onlyTurns);
    REQUIRE(turn.ok());
    REQUIRE_FALSE(turn->isEmpty());
    CHECK(turn->first().staffId == f.team.ruben);
    {
        Clock::Override later(QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 23, 7, 30)));
        f.book(f.team.ruben, madrid(2026, 12, 1, 8), madrid(2026, 12, 1, 9));  // now Rubén had it
    }
    auto next = Scheduler(*f.db).propose(r, onlyTurns);
    REQUIRE(next.ok());
    CHECK(next->first().staffId == f.team.sergio);
}

TEST_CASE("a booking's check of one time finds what the whole day's proposals say of that time", "[scheduling][dst]")
{
    // The online booking asks only "who is free at 10:30?" (onlyStartingAt), which SQLite answers by
    // counting per person; the booking page's list reads every visit of the week. Both must agree:
    // the same people, scores, visits that day and that week, and reasons, at every time of a week
    // holding the spring daylight-saving change, a visit crossing into Monday and a cancelled one.
    Fixture f;
    Clock::Override now(QDateTime::fromSecsSinceEpoch(madrid(2026, 3, 20, 9)));
    f.book(f.team.javier, madrid(2026, 3, 22, 22), madrid(2026, 3, 23, 1), true);    // Sunday night into Monday
    f.book(f.team.javier, madrid(2026, 3, 23, 10), madrid(2026, 3, 23, 11, 30));
    f.book(f.team.javier, madrid(2026, 3, 24, 8), madrid(2026, 3, 24, 9));
    f.book(f.team.ana, madrid(2026, 3, 24, 9), madrid(2026, 3, 24, 10));
    f.book(f.team.ana, madrid(2026, 3, 24, 12), madrid(2026, 3, 24, 13, 30));
    const CalendarEntry cancelled = f.book(f.team.ana, madrid(2026, 3, 25, 10), madrid(2026, 3, 25, 11));
    REQUIRE(f.appointments.setStatus(cancelled.appointment.id, cancelled.version, AppointmentStatus::Cancelled, lucia).ok());
    f.book(f.team.javier, madrid(2026, 3, 28, 9), madrid(2026, 3, 28, 10), true);       // Saturday
    f.book(f.team.ana, madrid(2026, 3, 29, 10), madrid(2026, 3, 29, 11), true);         // Sunday, summer time

    Scheduler scheduler(*f.db);
    int compared = 0, withVisitsThatWeek = 0, refusedByAVisit = 0;
    for (int day = 23; day <= 29; ++day) {
        for (int half = 0; half < 48; ++half) {
            const qint64 at = madrid(2026, 3, day, half / 2, (half % 2) * 30);
            if (day == 29 && half / 2 == 2)
                continue;   // 02:00–02:59 does not exist that night
            SlotRequest whole;
            whole.postcode = QStringLiteral("28013");
            whole.after = at;
            whole.days = 0;
            whole.everySlot = true;
            whole.maxProposals = 100000;
            SlotRequest one = whole;
            one.onlyStartingAt = at;
            auto all = scheduler.propose(whole, AssignmentPolicy{});
            auto only = scheduler.propose(one, AssignmentPolicy{});
            REQUIRE(all.ok() == only.ok());
            if (!all.ok())
                continue;
            QList<Proposal> expected;
            for (const Proposal &p : *all)
                if (p.startsAt == at)
                    expected << p;
            INFO(QDateTime::fromSecsSinceEpoch(at).toString(Qt::ISODate).toStdString());
            REQUIRE(only->size() == expected.size());
            for (int i = 0; i < expected.size(); ++i) {
                CHECK((*only)[i].staffId == expected[i].staffId);
                CHECK((*only)[i].score == expected[i].score);
                CHECK((*only)[i].visitsThatDay == expected[i].visitsThatDay);
                CHECK((*only)[i].visitsThatWeek == expected[i].visitsThatWeek);
                CHECK((*only)[i].explanation == expected[i].explanation);
                ++compared;
                if (expected[i].visitsThatWeek > 0)
                    ++withVisitsThatWeek;
            }
            // Javier's Monday visit 10:00–11:30 takes 09:30 to 11:00 from him.
            if (day == 23 && half >= 19 && half <= 22) {
                CHECK(std::none_of(only->begin(), only->end(), [&](const Proposal &p) { return p.staffId == f.team.javier; }));
                ++refusedByAVisit;
            }
            if (day == 23 && half == 23)   // 11:30, once the visit is over, he is free again
                CHECK(std::any_of(only->begin(), only->end(), [&](const Proposal &p) { return p.staffId == f.team.javier; }));
        }
    }
    // Not vacuous: times compared, week counts other than zero, and times a visit took.
    CHECK(compared > 100);
    CHECK(withVisitsThatWeek > 50);
    CHECK(refusedByAVisit == 4);
}
