#include "core/common/Clock.h"
#include "core/common/Translations.h"
#include "core/people/Accounts.h"
#include "core/scheduling/AppointmentService.h"
#include "ui/main/MyDayView.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QListWidget>
#include <QSignalSpy>

using namespace ordo;
using namespace ordo::test;

class TestMyDay final : public QObject
{
    Q_OBJECT

private slots:
    void showsWhatNeedsThePersonAndOpensItInOneClick()
    {
        Clock::Override made(QDateTime(QDate(2026, 11, 27), QTime(8, 0), QTimeZone("Europe/Madrid")));
        UiDatabase db;
        db.demo();
        // The first of the next days on which someone has visits (the demo lays few of them).
        QDate day = Clock::today();
        Result<QList<CalendarEntry>> visits = QList<CalendarEntry>{};
        for (int i = 0; i < 30 && visits->isEmpty(); ++i) {
            day = Clock::today().addDays(i);
            visits = AppointmentService(*db).range(Clock::startOf(day), Clock::startOf(day.addDays(1)));
            QVERIFY(visits.ok());
        }
        QVERIFY(!visits->isEmpty());
        Clock::Override now(QDateTime(day, QTime(7, 0), QTimeZone("Europe/Madrid")));
        const Id staffId = visits->first().appointment.staffId;
        auto person = Accounts(*db).actorFor(staffId);
        QVERIFY(person.ok());
        auto expected = MyDayReport(*db).load(*person, Clock::nowSecs());
        QVERIFY(expected.ok());
        QVERIFY(!expected->visits.isEmpty());

        MyDayView view(Session{*db, *person});
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(child<QLabel>(view, "myDayTitle")->text().startsWith(QStringLiteral("My day — ") + QLocale(QLocale::English).dayName(day.dayOfWeek())));
        auto *list = child<QListWidget>(view, "myDayVisits");
        QCOMPARE(list->count(), int(expected->visits.size()));
        QVERIFY(list->item(0)->text().startsWith(expected->visits.first().title));
        QCOMPARE(child<QLabel>(view, "myDayVisitsHeading")->text(),
                 QStringLiteral("My visits today (%1)").arg(expected->visits.size()));
        // The office's lists are not a technician's business.
        QCOMPARE(child<QWidget>(view, "myDayToIssue")->isVisibleTo(&view), expected->showsInvoices);

        // One click opens the visit's order.
        QSignalSpy opened(&view, &MyDayView::openOrderRequested);
        const QRect first = list->visualItemRect(list->item(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().value<Id>(), expected->visits.first().orderId);

        // The person may start Ordo here; the choice is theirs alone.
        QVERIFY(!MyDayView::isStartPage(staffId));
        child<QCheckBox>(view, "myDayStartHere")->setChecked(true);
        QVERIFY(MyDayView::isStartPage(staffId));
        QVERIFY(!MyDayView::isStartPage(staffId + 1000));
        MyDayView::setStartPage(staffId, false);
    }

    void theOwnerSeesTheInvoicesToIssueAndChase()
    {
        UiDatabase db;
        db.demo();
        Clock::Override now(QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone("Europe/Madrid")));
        auto owner = Accounts(*db).actorFor(1);
        QVERIFY(owner.ok());
        auto expected = MyDayReport(*db).load(*owner, Clock::nowSecs());
        QVERIFY(expected.ok());
        MyDayView view(Session{*db, *owner});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *chase = child<QListWidget>(view, "myDayToChase");
        QCOMPARE(chase->isVisibleTo(&view), expected->showsInvoices);
        if (expected->toChase.isEmpty()) {
            QCOMPARE(chase->count(), 1);   // the "nothing here" line, not clickable
            QCOMPARE(chase->item(0)->flags(), Qt::NoItemFlags);
        } else {
            QCOMPARE(chase->count(), int(expected->toChase.size()));
            QSignalSpy opened(&view, &MyDayView::openInvoiceRequested);
            QTest::mouseClick(chase->viewport(), Qt::LeftButton, {}, chase->visualItemRect(chase->item(0)).center());
            QCOMPARE(opened.count(), 1);
            QCOMPARE(opened.first().first().value<Id>(), expected->toChase.first().id);
        }
    }
};

int main(int argc, char **argv)
{
    pinEnvironment();
    QApplication app(argc, argv);
    installTranslations(app, QLocale(QLocale::English));
    TestMyDay test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_my_day.moc"
