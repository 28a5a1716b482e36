// The office's side of the booking page: Settings ▸ Booking page, a web booking on the board within a
// second without anyone pressing anything, and a customer the booking could not tell apart flagged
// where the front desk opens the order.

#include "ui/board/BoardColumnView.h"
#include "ui/board/BoardModel.h"
#include "ui/board/BoardView.h"
#include "ui/main/BookingSettingsDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/orders/OrderEditor.h"
#include "core/billing/CompanyProfiles.h"
#include "core/common/Clock.h"
#include "core/people/Accounts.h"
#include "core/usecases/OnlineBooking.h"
#include "support/Team.h"
#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>

using namespace ordo;
using namespace ordo::test;

namespace {

qint64 madrid(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Madrid")).toSecsSinceEpoch();
}

// Monday 23 November 2026, 09:02 in Madrid: Tuesday's visits can be booked.
QDateTime monday() { return QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 23, 9, 2)); }

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

// Ventanas Sol with its people (Javier covers 280xx) and its company data.
void ventanasSol(UiDatabase &db, Team *team = nullptr)
{
    auto t = makeTeam(*db);
    QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
    if (team)
        *team = *t;
    CompanyProfile company;
    company.legalName = QStringLiteral("Ventanas Sol S.L.");
    company.taxId = QStringLiteral("B12345678");
    company.address = QStringLiteral("Calle del Sol 5");
    company.postcode = QStringLiteral("28004");
    company.city = QStringLiteral("Madrid");
    QVERIFY(CompanyProfiles(*db).save(company).ok());
}

Actor signedIn(Database &db, Id staffId)
{
    auto actor = Accounts(db).signIn({{}, staffId, {}, QStringLiteral("desktop")});
    if (!actor)
        qFatal("could not sign in: %s", qPrintable(actor.error().message));
    return *actor;
}

QPushButton *saveButton(BookingSettingsDialog &dialog)
{
    return child<QDialogButtonBox>(dialog, "bookingSettingsButtons")->button(QDialogButtonBox::Save);
}

} // namespace

class TestOnlineBookingUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QSettings().clear(); }

    void theOwnerChangesTheBookingPageAndItIsSaved()
    {
        UiDatabase db;
        Team team;
        ventanasSol(db, &team);
        BookingSettingsDialog dialog(Session{*db, signedIn(*db, team.pilar)});
        dialog.show();
        QVERIFY(child<QCheckBox>(dialog, "bookingEnabled")->isChecked());
        auto *jobs = child<QTableWidget>(dialog, "bookingJobTypes");
        QCOMPARE(jobs->rowCount(), 3);  // Ordo's three kinds of job
        QCOMPARE(jobs->item(1, 0)->text(), QStringLiteral("Reparación"));
        QCOMPARE(jobs->item(1, 1)->text(), QStringLiteral("Repair"));
        // The default privacy notice, with the company's name, is what an empty field means.
        QVERIFY(child<QPlainTextEdit>(dialog, "bookingPrivacyEs")->placeholderText().contains(QStringLiteral("Ventanas Sol S.L.")));
        QVERIFY(child<QPlainTextEdit>(dialog, "bookingPrivacyEn")->placeholderText().contains(QStringLiteral("Ventanas Sol S.L.")));
        QVERIFY(child<QLabel>(dialog, "bookingWhere")->text().contains(QStringLiteral("ordo-server")));

        clickCheckBox(child<QCheckBox>(dialog, "bookingEnabled"));
        // "Reparación" goes, "Toldos | Awnings" comes.
        clickIndex(jobs, jobs->model()->index(1, 0));
        QTest::mouseClick(child<QPushButton>(dialog, "bookingRemoveJobType"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, "bookingAddJobType"), Qt::LeftButton);
        QCOMPARE(jobs->rowCount(), 3);
        editCell(jobs, jobs->model()->index(2, 0), QStringLiteral("Toldos"));
        editCell(jobs, jobs->model()->index(2, 1), QStringLiteral("Awnings"));
        retype(child<QSpinBox>(dialog, "bookingVisitMinutes"), QStringLiteral("90"));
        retype(child<QSpinBox>(dialog, "bookingDaysAhead"), QStringLiteral("21"));
        retype(child<QSpinBox>(dialog, "bookingLeadHours"), QStringLiteral("48"));
        retype(child<QLineEdit>(dialog, "bookingColour"), QStringLiteral("#c0392b"));
        typeText(child<QPlainTextEdit>(dialog, "bookingPrivacyEs"), QStringLiteral("Sus datos son solo para esta cita."));
        typeText(child<QLineEdit>(dialog, "bookingFrameAncestors"), QStringLiteral("https://www.ventanassol.es"));
        typeText(child<QLineEdit>(dialog, "bookingCorsOrigin"), QStringLiteral("https://www.ventanassol.es"));
        typeText(child<QLineEdit>(dialog, "bookingClosedDays"), QStringLiteral("25/12/2026, 8/12/2026"));
        QVERIFY(dialog.isModified());
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const BookingSettings saved = BookingSettings::load(*db);
        QVERIFY(!saved.enabled);
        QCOMPARE(BookingSettings::formatJobTypes(saved.jobTypes),
                 QStringLiteral("Instalación de ventanas|Window installation\nMantenimiento|Maintenance\nToldos|Awnings"));
        QCOMPARE(saved.visitMinutes, 90);
        QCOMPARE(saved.daysAhead, 21);
        QCOMPARE(saved.leadHours, 48);
        QCOMPARE(saved.colour, QStringLiteral("#c0392b"));
        QCOMPARE(saved.privacyEs, QStringLiteral("Sus datos son solo para esta cita."));
        QVERIFY(saved.privacyEn.isEmpty());
        QCOMPARE(saved.frameAncestors, QStringLiteral("https://www.ventanassol.es"));
        QCOMPARE(saved.corsOrigin, QStringLiteral("https://www.ventanassol.es"));
        QCOMPARE(saved.closedDays, (QList<QDate>{QDate(2026, 12, 8), QDate(2026, 12, 25)}));

        // Opened again, it shows what was saved.
        BookingSettingsDialog again(Session{*db, signedIn(*db, team.pilar)});
        QCOMPARE(child<QLineEdit>(again, "bookingColour")->text(), QStringLiteral("#c0392b"));
        QCOMPARE(child<QTableWidget>(again, "bookingJobTypes")->item(2, 1)->text(), QStringLiteral("Awnings"));
        QCOMPARE(child<QLineEdit>(again, "bookingClosedDays")->text(), QStringLiteral("08/12/2026, 25/12/2026"));
        QVERIFY(!again.isModified());
    }

    void aRefusedSaveIsShownInTheDialogAndLosesNothing()
    {
        UiDatabase db;
        Team team;
        ventanasSol(db, &team);
        BookingSettingsDialog dialog(Session{*db, signedIn(*db, team.pilar)});
        dialog.show();
        auto *error = child<QLabel>(dialog, "bookingSettingsError");
        retype(child<QLineEdit>(dialog, "bookingColour"), QStringLiteral("red"));
        typeText(child<QLineEdit>(dialog, "bookingCorsOrigin"), QStringLiteral("https://www.ventanassol.es"));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("#rrggbb")), qPrintable(error->text()));
        QCOMPARE(child<QLineEdit>(dialog, "bookingCorsOrigin")->text(), QStringLiteral("https://www.ventanassol.es"));
        QCOMPARE(BookingSettings::load(*db).corsOrigin, QString());  // nothing of it saved

        // A header cannot be broken from here either.
        retype(child<QLineEdit>(dialog, "bookingColour"), QStringLiteral("#1d5fa8"));
        typeText(child<QLineEdit>(dialog, "bookingFrameAncestors"), QStringLiteral("https://a.es; script-src *"));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("https://www.example.com")), qPrintable(error->text()));

        // A closed day that is not a date: named, nothing saved, what was typed kept.
        retype(child<QLineEdit>(dialog, "bookingFrameAncestors"), QString());
        typeText(child<QLineEdit>(dialog, "bookingClosedDays"), QStringLiteral("25/12/2026, Navidad"));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("“Navidad” is not a day")), qPrintable(error->text()));
        QVERIFY(BookingSettings::load(*db).closedDays.isEmpty());
        QCOMPARE(child<QLineEdit>(dialog, "bookingClosedDays")->text(), QStringLiteral("25/12/2026, Navidad"));
        retype(child<QLineEdit>(dialog, "bookingClosedDays"), QString());

        // Every kind of job removed: the page would offer nothing.
        auto *jobs = child<QTableWidget>(dialog, "bookingJobTypes");
        while (jobs->rowCount() > 0) {
            clickIndex(jobs, jobs->model()->index(0, 0));
            QTest::mouseClick(child<QPushButton>(dialog, "bookingRemoveJobType"), Qt::LeftButton);
        }
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("at least one kind of job")), qPrintable(error->text()));
        QCOMPARE(BookingSettings::load(*db).jobTypes.size(), 3);

        // "|" separates the Spanish and English names where they are kept.
        QTest::mouseClick(child<QPushButton>(dialog, "bookingAddJobType"), Qt::LeftButton);
        editCell(jobs, jobs->model()->index(0, 0), QStringLiteral("Puertas | ventanas"));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("“|”")), qPrintable(error->text()));
        QCOMPARE(BookingSettings::load(*db).jobTypes.size(), 3);

        // Fixed, it saves and the message goes.
        editCell(jobs, jobs->model()->index(0, 0), QStringLiteral("Puertas y ventanas"));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(BookingSettings::load(*db).corsOrigin, QStringLiteral("https://www.ventanassol.es"));
        QCOMPARE(BookingSettings::load(*db).jobTypes.first().spanish, QStringLiteral("Puertas y ventanas"));
    }

    void closingWithChangesAsksFirst()
    {
        UiDatabase db;
        Team team;
        ventanasSol(db, &team);
        {
            BookingSettingsDialog dialog(Session{*db, signedIn(*db, team.pilar)});
            dialog.show();
            retype(child<QSpinBox>(dialog, "bookingDaysAhead"), QStringLiteral("30"));
            // Cancel: the dialog stays, with what was typed.
            MessageBox::setNextAnswer(QMessageBox::Cancel);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QVERIFY(dialog.isVisible());
            QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("not saved")));
            QCOMPARE(child<QSpinBox>(dialog, "bookingDaysAhead")->value(), 30);
            // Discard: it closes, nothing saved.
            MessageBox::setNextAnswer(QMessageBox::Discard);
            dialog.close();
            QVERIFY(!dialog.isVisible());
            QCOMPARE(BookingSettings::load(*db).daysAhead, 14);
        }
        {
            BookingSettingsDialog dialog(Session{*db, signedIn(*db, team.pilar)});
            dialog.show();
            retype(child<QSpinBox>(dialog, "bookingDaysAhead"), QStringLiteral("30"));
            MessageBox::setNextAnswer(QMessageBox::Save);
            dialog.close();
            QVERIFY(!dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(BookingSettings::load(*db).daysAhead, 30);
        }
        {
            // Nothing changed: no question.
            MessageBox::clearLastMessage();
            BookingSettingsDialog dialog(Session{*db, signedIn(*db, team.pilar)});
            dialog.show();
            dialog.close();
            QVERIFY(!dialog.isVisible());
            QVERIFY(MessageBox::lastMessage().isEmpty());
        }
    }

    void whoMayNotChangeCompanySettingsSeesThemButCannotSave()
    {
        UiDatabase db;
        Team team;
        ventanasSol(db, &team);
        const Actor javier = signedIn(*db, team.javier);  // a salesperson
        QVERIFY(!javier.can(Permission::ManageCompany));
        BookingSettingsDialog dialog(Session{*db, javier});
        dialog.show();
        QVERIFY(child<QLabel>(dialog, "bookingSettingsRefused")->isVisible());
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(!child<QCheckBox>(dialog, "bookingEnabled")->isEnabled());
        QVERIFY(child<QLineEdit>(dialog, "bookingColour")->isReadOnly());
        QVERIFY(!dialog.save());  // nor through any other way in
        QCOMPARE(BookingSettings::load(*db).colour, QStringLiteral("#1d5fa8"));
        dialog.close();
        QVERIFY(!dialog.isVisible());  // nothing to ask: nothing could be changed
    }

    void theMenuOpensTheDialog()
    {
        UiDatabase db;
        const QString path = db.db->path();
        db.db.reset();
        MainWindow window;
        QVERIFY(window.openDatabase(path, false));
        auto *action = window.findChild<QAction *>(QStringLiteral("bookingSettingsAction"));
        QVERIFY(action);
        // The dialog runs with exec(): closed from a timer once it is up.
        bool opened = false;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, &window, [&] {
            if (auto *dialog = window.findChild<BookingSettingsDialog *>(); dialog && dialog->isVisible()) {
                opened = true;
                dialog->reject();
            }
        });
        poll.start();
        QTimer::singleShot(5000, &window, [&] {
            if (auto *dialog = window.findChild<BookingSettingsDialog *>())
                dialog->done(QDialog::Rejected);
        });
        action->trigger();
        QVERIFY(opened);
    }

    void aWebBookingShowsOnTheBoardWithinASecond()
    {
        UiDatabase fixture;
        ventanasSol(fixture);
        const QString path = fixture.db->path();
        fixture.db.reset();
        Clock::Override now{monday()};
        MainWindow window;
        QVERIFY(window.openDatabase(path, false));
        window.show();
        auto *board = window.findChild<BoardView *>();
        QVERIFY(board);
        const auto step = board->model()->workflow().stepNamed(QStringLiteral("Estimate visit scheduled"));
        QVERIFY(step);
        BoardColumnView *column = board->column(step->id);
        QVERIFY(column);
        QCOMPARE(column->model()->rowCount(), 0);

        // The customer books on ordo-server's page: another connection to the same file.
        auto server = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(server.ok());
        auto booked = OnlineBooking(**server).book(carmen(madrid(2026, 11, 24, 10)));
        QVERIFY2(booked.ok(), qPrintable(booked ? QString() : booked.error().message));

        // Nobody presses anything: the card is there, with the salesperson who will go.
        auto cardShown = [&] {
            for (int row = 0; row < column->model()->rowCount(); ++row) {
                const QModelIndex i = column->model()->index(row, 0);
                if (i.data(BoardModel::NumberRole).toString() == booked->orderNumber)
                    return i.data(BoardModel::CustomerRole).toString() == QStringLiteral("Carmen López") &&
                           i.data(BoardModel::AssigneeRole).toString() == QStringLiteral("Javier Ruiz");
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(cardShown(), 1000);
    }

    void aCustomerTheBookingCouldNotTellApartIsFlaggedInTheOrder()
    {
        UiDatabase db;
        ventanasSol(db);
        Clock::Override now{monday()};
        Customer known;
        known.name = QStringLiteral("Carmen López");
        known.phone = QStringLiteral("600123456");
        known.email = QStringLiteral("carmen@example.es");
        const Id carmenId = *CustomerRepository(*db).add(known);
        Customer other;
        other.name = QStringLiteral("Pedro Gil");
        other.email = QStringLiteral("pedro@example.es");
        const Id pedroId = *CustomerRepository(*db).add(other);

        // Carmen's phone with Pedro's e-mail: a new customer, not merged.
        OnlineBookingRequest mixed = carmen(madrid(2026, 11, 24, 12));
        mixed.email = QStringLiteral("pedro@example.es");
        auto booked = OnlineBooking(*db).book(mixed);
        QVERIFY(booked.ok());
        QCOMPARE(booked->match, CustomerMatch::Ambiguous);
        const Id newId = WorkOrderService(*db).find(booked->orderId)->customerId;
        QVERIFY(newId != carmenId && newId != pedroId);

        // The front desk opens the order from the board.
        OrderEditor editor(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, booked->orderId);
        editor.show();
        auto *warning = child<QLabel>(editor, "customerAlsoKnown");
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("Carmen López")) && warning->text().contains(QStringLiteral("Pedro Gil")),
                 qPrintable(warning->text()));

        // It is Carmen after all: her link makes her the order's customer.
        emit warning->linkActivated(QString::number(carmenId));
        QVERIFY(child<QLabel>(editor, "customerChosen")->text().startsWith(QStringLiteral("Carmen López · 600123456")));
        QVERIFY(editor.isModified());
        QTest::mouseClick(child<QDialogButtonBox>(editor, "editorButtons")->button(QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(WorkOrderService(*db).find(booked->orderId)->customerId, carmenId);

        // An order of a customer nobody else shares a phone or e-mail with: no warning.
        const WorkOrder plain = db.order(QStringLiteral("Awning"), db.customer(QStringLiteral("Luis Martín"), QStringLiteral("611222333")));
        OrderEditor quiet(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, plain.id);
        quiet.show();
        QVERIFY(!child<QLabel>(quiet, "customerAlsoKnown")->isVisible());
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    TestOnlineBookingUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_online_booking_ui.moc"
