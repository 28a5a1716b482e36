#include "ui/calendar/CalendarGrid.h"
#include "ui/calendar/CalendarView.h"
#include "ui/calendar/IntakeDialog.h"
#include "core/scheduling/AppointmentService.h"
#include "core/usecases/OrderMoves.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QToolButton>

#include <tuple>

using namespace ordo;
using namespace ordo::test;

namespace {

qint64 local(const QDate &d, int h, int m = 0)
{
    return QDateTime(d, QTime(h, m)).toSecsSinceEpoch();
}

struct Booking
{
    Id javier;
    Id ana;
    CalendarEntry entry;
};

Booking bookOne(UiDatabase &db, const QDate &day, int hour)
{
    Booking b;
    b.javier = db.staff(QStringLiteral("Javier Ruiz"), Role::Sales);
    b.ana = db.staff(QStringLiteral("Ana Torres"), Role::Sales);
    const WorkOrder order = db.order(QStringLiteral("Windows"), db.customer(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56")));
    auto e = AppointmentService(*db).create({order.id, b.javier, local(day, hour), local(day, hour + 1), AppointmentKind::Estimate, {}},
                                           Actor{std::nullopt, QStringLiteral("Lucía")}, true);
    b.entry = *e;
    return b;
}

// Presses on a booking, moves and lets go, as the mouse does.
void drag(CalendarGrid *grid, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(grid, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, grid->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(grid, &move);
    QTest::mouseRelease(grid, Qt::LeftButton, {}, to);
}

const CalendarEntry &entryOf(const CalendarView &view, Id staffId)
{
    for (const CalendarEntry &e : view.entries())
        if (e.appointment.staffId == staffId)
            return e;
    qFatal("no booking of that person on screen");
}

QDate nextWeekday(int dayOfWeek)
{
    QDate d = QDate::currentDate().addDays(7);
    while (d.dayOfWeek() != dayOfWeek)
        d = d.addDays(1);
    return d;
}

} // namespace

class TestCalendarView final : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearLastMessage(); }

    void aBookingIsDrawnAtItsLocalTimeEvenOnDaylightSavingDays()
    {
        CalendarGrid grid;
        grid.resize(800, 800);
        const QDate before(2026, 10, 23);  // Friday, summer time
        const QDate after(2026, 10, 26);   // Monday, winter time
        grid.setColumns({{before, std::nullopt, QStringLiteral("Fri"), std::nullopt},
                         {after, std::nullopt, QStringLiteral("Mon"), std::nullopt}});
        CalendarEntry a;
        a.appointment.id = 1;
        a.appointment.startsAt = local(before, 10);
        a.appointment.endsAt = local(before, 11);
        CalendarEntry b = a;
        b.appointment.id = 2;
        b.appointment.startsAt = local(after, 10);
        b.appointment.endsAt = local(after, 11);
        grid.setEntries({a, b});
        QCOMPARE(grid.entryRect(a).top(), grid.entryRect(b).top());
        QCOMPARE(grid.entryRect(a).top(), CalendarGrid::HeaderHeight + 3 * CalendarGrid::HourHeight);
        QCOMPARE(grid.entryRect(a).height(), CalendarGrid::HourHeight);
        QVERIFY(grid.entryRect(b).left() > grid.entryRect(a).right());
        // A click at 10:00 on Monday reads back as 10:00 local, which is 09:00 UTC in winter.
        const auto cell = grid.cellAt(QPoint(grid.entryRect(b).center().x(), grid.entryRect(b).top() + 1));
        QVERIFY(cell);
        QCOMPARE(cell->second, QDateTime(after, QTime(9, 0), Qt::UTC).toSecsSinceEpoch());
    }

    void theWeekContainingTheChangeHasSevenDaysFromMonday()
    {
        UiDatabase db;
        CalendarView view(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}});
        view.setDate(QDate(2026, 10, 25));
        const QList<QDate> days = view.visibleDays();
        QCOMPARE(days.size(), 7);
        QCOMPARE(days.first(), QDate(2026, 10, 19));
        QCOMPARE(days.last(), QDate(2026, 10, 25));
    }

    void draggingABookingMovesItAndWritesTheOrdersHistory()
    {
        UiDatabase db;
        const QDate tuesday = nextWeekday(2);
        const Booking b = bookOne(db, tuesday, 10);
        CalendarView view(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}});
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDate(tuesday);
        CalendarGrid *grid = view.grid();
        QCOMPARE(view.entries().size(), 1);
        const QRect r = grid->entryRect(view.entries().first());
        QVERIFY(r.isValid());
        // Drag it one hour down.
        drag(grid, r.center(), r.center() + QPoint(0, CalendarGrid::HourHeight));
        QCOMPARE(db.count(QStringLiteral("SELECT starts_at FROM appointments")), local(tuesday, 11));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM order_events WHERE field = 'appointment' AND args LIKE '%visit_moved%'")), 1);
    }

    void aClashIsShownAndNeedsConfirmation()
    {
        UiDatabase db;
        const QDate tuesday = nextWeekday(2);
        const Booking b = bookOne(db, tuesday, 10);
        const WorkOrder other = db.order(QStringLiteral("Blind"), db.customer(QStringLiteral("Ana")));
        auto second = AppointmentService(*db).create({other.id, b.ana, local(tuesday, 10), local(tuesday, 11),
                                                      AppointmentKind::Estimate, {}},
                                                     Actor{std::nullopt, QStringLiteral("Lucía")});
        QVERIFY(second.ok());
        CalendarView view(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}});
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDate(tuesday);
        QTest::keyClick(child<QComboBox>(view, "calendarMode"), Qt::Key_End);  // Day by person
        QCOMPARE(view.mode(), CalendarView::Mode::People);
        // Dragging Ana's visit across to Javier at the same time: refused first...
        const QPoint from = view.grid()->entryRect(entryOf(view, b.ana)).center();
        const QPoint to(view.grid()->entryRect(entryOf(view, b.javier)).center().x(), from.y());
        MessageBox::setNextAnswer(QMessageBox::No);
        drag(view.grid(), from, to);
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("Javier Ruiz already has")));
        QCOMPARE(db.count(QStringLiteral("SELECT staff_id FROM appointments WHERE id = %1").arg(second->appointment.id)), b.ana);
        // ...and saved when the user confirms.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        drag(view.grid(), view.grid()->entryRect(entryOf(view, b.ana)).center(), to);
        QCOMPARE(db.count(QStringLiteral("SELECT staff_id FROM appointments WHERE id = %1").arg(second->appointment.id)), b.javier);
        QCOMPARE(db.count(QStringLiteral("SELECT starts_at FROM appointments WHERE id = %1").arg(second->appointment.id)),
                 local(tuesday, 10));
    }

    void theDayByPersonViewHasAColumnPerPerson()
    {
        UiDatabase db;
        const QDate tuesday = nextWeekday(2);
        bookOne(db, tuesday, 10);
        db.staff(QStringLiteral("Rubén Molina"), Role::Technician);
        db.staff(QStringLiteral("Marta Sanz"), Role::Admin);
        CalendarView view(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}});
        view.setDate(tuesday);
        QTest::keyClick(child<QComboBox>(view, "calendarMode"), Qt::Key_End);  // Day by person
        QCOMPARE(view.mode(), CalendarView::Mode::People);
        QCOMPARE(view.grid()->columns().size(), 3);  // Javier, Ana, Rubén: not the office
        QVERIFY(view.grid()->columns().first().workingMinutes.has_value());
    }

    void aCancelledOrdersVisitsLeaveTheCalendarAndTheRouteSheet()
    {
        UiDatabase db;
        const QDate tuesday = nextWeekday(2);
        const Booking b = bookOne(db, tuesday, 10);
        CalendarView view(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}});
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDate(tuesday);
        QCOMPARE(view.entries().size(), 1);
        QVERIFY(view.routeSheetHtml(b.javier).contains(QStringLiteral("Carmen López")));
        // The order is cancelled (from the board or the CLI): its visit goes with it.
        const WorkOrder order = *WorkOrderService(*db).find(b.entry.appointment.orderId);
        const auto wf = WorkflowRepository(*db).version(order.workflowVersionId);
        Id cancelled = 0;
        for (const Step &s : wf->steps)
            if (s.kind == StepKind::Cancelled)
                cancelled = s.id;
        QVERIFY(OrderMoves(*db).move(order.id, order.version, cancelled, Actor{std::nullopt, QStringLiteral("Lucía")}).ok());
        QTRY_COMPARE(view.entries().size(), 0);
        QVERIFY(!view.routeSheetHtml(b.javier).contains(QStringLiteral("Carmen López")));
    }

    void theRouteSheetPdfHasEveryStopWithAddressAndPhone()
    {
        UiDatabase db;
        const QDate tuesday = nextWeekday(2);
        const Booking b = bookOne(db, tuesday, 10);
        QSqlQuery q(db.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE customers SET address = 'Calle Mayor 12', postcode = '28013', city = 'Madrid'")));
        CalendarView view(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}});
        view.setDate(tuesday);
        view.setStaffFilter(b.javier);
        const QString pdf = db.dir.filePath(QStringLiteral("route.pdf"));
        QVERIFY(view.exportRouteSheet(b.javier, pdf));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(QStringLiteral("Route sheet — Javier Ruiz")), qPrintable(content));
        QVERIFY(content.contains(QStringLiteral("Calle Mayor 12")));
        QVERIFY2(content.contains(QStringLiteral("600 12 34 56")), qPrintable(content));
        QVERIFY(content.contains(QStringLiteral("Carmen López")));
        QVERIFY(content.contains(QStringLiteral("Signature")));
    }

    void aWeekOfEveryoneGivesEachPersonALaneAndChipsChooseWhoIsShown()
    {
        UiDatabase db;
        const QDate tuesday = nextWeekday(2);
        const QDate wednesday = tuesday.addDays(1);
        const Booking b = bookOne(db, tuesday, 10);
        const Actor lucia{std::nullopt, QStringLiteral("Lucía")};
        const Id order = b.entry.appointment.orderId;
        for (const auto &[who, day, hour] : {std::tuple{b.ana, tuesday, 10}, std::tuple{b.ana, wednesday, 12},
                                             std::tuple{b.javier, wednesday, 16}})
            QVERIFY(AppointmentService(*db)
                        .create({order, who, local(day, hour), local(day, hour + 1), AppointmentKind::Estimate, {}}, lucia, true)
                        .ok());
        CalendarView view(Session{*db, lucia});
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMode(CalendarView::Mode::Week);
        view.setDate(tuesday);
        QVERIFY(view.findChild<QWidget *>(QStringLiteral("calendarChips"))->isVisible());
        const auto rectOf = [&view](Id staff, const QDate &day) {
            for (const CalendarEntry &e : view.entries())
                if (e.appointment.staffId == staff && QDateTime::fromSecsSinceEpoch(e.appointment.startsAt).date() == day)
                    return view.grid()->entryRect(e);
            return QRect();
        };
        // Each person keeps the same lane on every day, even on a day when they are alone.
        const QRect anaTuesday = rectOf(b.ana, tuesday);
        const QRect javierTuesday = rectOf(b.javier, tuesday);
        QVERIFY(!anaTuesday.intersects(javierTuesday));
        QCOMPARE(rectOf(b.ana, wednesday).width(), anaTuesday.width());
        QCOMPARE(rectOf(b.ana, wednesday).left() - anaTuesday.left(), rectOf(b.javier, wednesday).left() - javierTuesday.left());
        // Unticking Ana's chip hides her visits; Javier then has the whole day's width.
        QToolButton *anaChip = nullptr;
        for (QToolButton *chip : view.findChildren<QToolButton *>(QStringLiteral("calendarChip")))
            if (chip->text() == QStringLiteral("Ana Torres"))
                anaChip = chip;
        QVERIFY(anaChip);
        QTest::mouseClick(anaChip, Qt::LeftButton);
        QCOMPARE(view.entries().size(), 2);
        for (const CalendarEntry &e : view.entries())
            QCOMPARE(e.appointment.staffId, b.javier);
        QVERIFY(rectOf(b.javier, tuesday).width() > 2 * javierTuesday.width() - 10);
        // One person chosen in the list: no chips.
        view.setStaffFilter(b.javier);
        QVERIFY(!view.findChild<QWidget *>(QStringLiteral("calendarChips"))->isVisible());
    }

    void everyonesRouteSheetIsOnePrintWithNoVisitSplitAcrossPages()
    {
        UiDatabase db;
        const QDate tuesday = nextWeekday(2);
        const Booking b = bookOne(db, tuesday, 7);
        const Actor lucia{std::nullopt, QStringLiteral("Lucía")};
        // Javier's long day (his sheet runs over several pages) and Ana's two visits.
        for (int i = 1; i <= 17; ++i)
            QVERIFY(AppointmentService(*db)
                        .create({b.entry.appointment.orderId, b.javier, local(tuesday, 7) + i * 1200, local(tuesday, 7) + i * 1200 + 1200,
                                 AppointmentKind::Estimate,
                                 QStringLiteral("start-%1 Bring the long ladder and the colour samples.%2\nend-%1")
                                     .arg(i)
                                     .arg(QStringLiteral("\nCall before arriving.").repeated(i % 4))},
                                lucia, true)
                        .ok());
        for (int i = 18; i <= 19; ++i)
            QVERIFY(AppointmentService(*db)
                        .create({b.entry.appointment.orderId, b.ana, local(tuesday, i - 8), local(tuesday, i - 7),
                                 AppointmentKind::Estimate, QStringLiteral("start-%1\nend-%1").arg(i)},
                                lucia, true)
                        .ok());
        CalendarView view(Session{*db, lucia});
        view.setDate(tuesday);
        view.setMode(CalendarView::Mode::Day);
        view.setStaffFilter(std::nullopt);  // Everyone
        const QString pdf = db.dir.filePath(QStringLiteral("everyone.pdf"));
        QVERIFY(view.exportRouteSheet(std::nullopt, pdf));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QStringList pages = QString::fromUtf8(text.readAllStandardOutput()).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        // Each person starts on a page of their own (the people are printed in name order)...
        int anaPage = -1;
        for (int p = 0; p < pages.size(); ++p)
            if (pages[p].contains(QStringLiteral("Route sheet — Ana Torres")))
                anaPage = p;
        QVERIFY(anaPage >= 0);
        QVERIFY(!pages[anaPage].contains(QStringLiteral("Javier Ruiz")));
        QVERIFY(pages[anaPage].contains(QStringLiteral("start-18")));
        QVERIFY(pages[anaPage == 0 ? 1 : 0].contains(QStringLiteral("Route sheet — Javier Ruiz")));
        // ...and every visit, from its first line to its last, is on one page.
        for (int i = 1; i <= 19; ++i) {
            int starts = -1;
            int ends = -1;
            for (int p = 0; p < pages.size(); ++p) {
                if (pages[p].contains(QStringLiteral("start-%1 ").arg(i)) || pages[p].contains(QStringLiteral("start-%1\n").arg(i)))
                    starts = p;
                if (pages[p].contains(QStringLiteral("end-%1\n").arg(i)) || pages[p].endsWith(QStringLiteral("end-%1").arg(i)))
                    ends = p;
            }
            QVERIFY2(starts >= 0 && starts == ends, qPrintable(QStringLiteral("visit %1: pages %2 and %3").arg(i).arg(starts).arg(ends)));
        }
        // A day that goes on over the page says so.
        QVERIFY(pages.join(QString()).contains(QStringLiteral("(continued)")));
    }

    void aPersonsCalendarIsExportedForTheirPhone()
    {
        UiDatabase db;
        const Booking b = bookOne(db, nextWeekday(2), 10);
        CalendarView view(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}});
        const QString path = db.dir.filePath(QStringLiteral("javier.ics"));
        QVERIFY(view.exportIcsFile(b.javier, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.contains("UID:appointment-" + QByteArray::number(b.entry.appointment.id) + "@ordo"));
        QVERIFY(view.exportIcsFile(b.ana, db.dir.filePath(QStringLiteral("ana.ics"))));
    }

    void aReturningCustomerIsBookedWithThePhoneAndEnterOnly()
    {
        UiDatabase db;
        const Id javier = db.staff(QStringLiteral("Javier Ruiz"), Role::Sales);
        db.staff(QStringLiteral("Ana Torres"), Role::Sales);
        Customer carmen;
        carmen.name = QStringLiteral("Carmen López");
        carmen.phone = QStringLiteral("600 12 34 56");
        carmen.postcode = QStringLiteral("28013");
        const Id customer = *CustomerRepository(*db).add(carmen);
        QSqlQuery q(db.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE staff SET territory = '280' WHERE id = %1").arg(javier)));

        IntakeDialog intake(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}});
        intake.show();
        QVERIFY(QTest::qWaitForWindowExposed(&intake));
        auto *search = intake.findChild<QLineEdit *>(QStringLiteral("intakeSearch"));
        QVERIFY(search->hasFocus());
        int keystrokes = 0;
        const QString typed = QStringLiteral("600 12");
        QTest::keyClicks(search, typed);
        keystrokes += static_cast<int>(typed.size());
        QTest::keyClick(search, Qt::Key_Return);
        keystrokes += 1;
        QCOMPARE(keystrokes, 7);  // and no clicks
        QVERIFY2(intake.result().order.id > 0, qPrintable(intake.findChild<QLabel *>(QStringLiteral("intakeError"))->text()));
        QCOMPARE(intake.result().order.customerId, customer);
        QCOMPARE(*intake.result().order.assigneeId, javier);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM appointments")), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM customers")), 1);
    }

    void aReturningCallerSeesTheirOrdersAndTheCallGoesToTheOpenOne()
    {
        UiDatabase db;
        db.staff(QStringLiteral("Javier Ruiz"), Role::Sales);
        const Id carmen = db.customer(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"));
        const WorkOrder open = db.order(QStringLiteral("Three windows"), carmen);
        const qint64 orders = db.count(QStringLiteral("SELECT count(*) FROM work_orders"));

        IntakeDialog intake(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}});
        intake.resize(1000, 700);
        intake.show();
        QVERIFY(QTest::qWaitForWindowExposed(&intake));
        auto *search = child<QLineEdit>(intake, "intakeSearch");
        QTest::keyClicks(search, QStringLiteral("600 12"));
        QTRY_VERIFY(child<QListWidget>(intake, "intakeHistory")->isVisible());
        auto *history = child<QListWidget>(intake, "intakeHistory");
        // "New order", then her open order, named by its number, title and step.
        QCOMPARE(history->count(), 2);
        QVERIFY2(history->item(1)->text().contains(open.number), qPrintable(history->item(1)->text()));
        QVERIFY(history->item(1)->text().contains(QStringLiteral("Three windows")));
        QVERIFY(child<QLabel>(intake, "intakeHistoryTitle")->text().contains(QStringLiteral("1 open order")));

        // The call is about that order, and needs no visit: a note on it, no second order.
        history->setCurrentRow(1);
        auto *needsVisit = child<QCheckBox>(intake, "intakeNeedsVisit");
        QTest::mouseClick(needsVisit, Qt::LeftButton, {}, QPoint(8, needsVisit->height() / 2));
        QVERIFY(!needsVisit->isChecked());
        QCOMPARE(child<QPushButton>(intake, "intakeBook")->text(), QStringLiteral("Add the call to the order"));
        QTest::keyClicks(child<QPlainTextEdit>(intake, "intakeNotes"), QStringLiteral("Asks about the delivery date"));
        QTest::mouseClick(child<QPushButton>(intake, "intakeBook"), Qt::LeftButton);
        QVERIFY2(intake.QDialog::result() == QDialog::Accepted, qPrintable(child<QLabel>(intake, "intakeError")->text()));
        QCOMPARE(intake.result().order.id, open.id);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM work_orders")), orders);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM order_notes WHERE order_id = %1 AND body LIKE '%delivery%'").arg(open.id)), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM appointments")), 0);
    }

    void aNewCallerIsStartedFromWhatWasTyped()
    {
        UiDatabase db;
        db.staff(QStringLiteral("Javier Ruiz"), Role::Sales);
        IntakeDialog intake(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}});
        intake.show();
        auto *search = intake.findChild<QLineEdit *>(QStringLiteral("intakeSearch"));
        QTest::keyClicks(search, QStringLiteral("611 22 33 44"));
        QTest::keyClick(search, Qt::Key_Return);  // looks the caller up, and would book: a name is missing
        // No customer has that phone: a new one is started with it.
        QCOMPARE(intake.findChild<QLineEdit *>(QStringLiteral("customerPhone"))->text(), QStringLiteral("611 22 33 44"));
        auto *error = intake.findChild<QLabel *>(QStringLiteral("customerError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("name")), qPrintable(error->text()));
        QVERIFY(intake.isVisible());
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM customers")), 0);

        QTest::keyClicks(intake.findChild<QLineEdit *>(QStringLiteral("customerName")), QStringLiteral("Pedro Gil"));
        // A visit to estimate needs the address with its postcode.
        QTest::mouseClick(intake.findChild<QPushButton *>(QStringLiteral("intakeBook")), Qt::LeftButton);
        QVERIFY(intake.isVisible());
        QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("postcode")) ||
                     intake.findChild<QLabel *>(QStringLiteral("intakeError"))->text().contains(QStringLiteral("postcode")),
                 qPrintable(intake.findChild<QLabel *>(QStringLiteral("intakeError"))->text()));
        QTest::keyClicks(intake.findChild<QLineEdit *>(QStringLiteral("customerPostcode")), QStringLiteral("28013"));
        QTest::mouseClick(intake.findChild<QPushButton *>(QStringLiteral("intakeBook")), Qt::LeftButton);
        QCOMPARE(intake.QDialog::result(), int(QDialog::Accepted));
        QVERIFY(intake.result().order.id > 0);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Pedro Gil' AND phone = '611 22 33 44'")), 1);
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    TestCalendarView test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_calendar_view.moc"
