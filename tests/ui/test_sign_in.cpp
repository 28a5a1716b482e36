// Who is working at the front desk: the sign-in dialog, Ctrl+L to switch, the name in the status bar.

#include "ui/common/Session.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SignIn.h"
#include "core/people/Accounts.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

using namespace ordo;
using namespace ordo::test;

namespace {

struct People
{
    Id lucia = 0, marta = 0, pilar = 0;
};

People addPeople(Database &db)
{
    auto add = [&](const QString &name, Role role) {
        StaffMember m;
        m.name = name;
        m.role = role;
        return *StaffRepository(db).add(m);
    };
    return {add(QStringLiteral("Lucía Romero"), Role::Reception), add(QStringLiteral("Marta Sanz"), Role::Admin),
            add(QStringLiteral("Pilar Navarro"), Role::Owner)};
}

void choose(QListWidget *people, const QString &name)
{
    for (int row = 0; row < people->count(); ++row)
        if (people->item(row)->text().startsWith(name)) {
            const QRect cell = people->visualItemRect(people->item(row));
            QTest::mouseClick(people->viewport(), Qt::LeftButton, {}, cell.center());
            return;
        }
    QFAIL("nobody by that name in the list");
}

} // namespace

class TestSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void aWrongPinIsRefusedWithTheReasonAndTheRightOneSignsIn()
    {
        UiDatabase fixture;
        const People p = addPeople(*fixture.db);
        Accounts accounts(*fixture.db);
        QVERIFY(accounts.setSecret(p.lucia, SecretKind::Pin, QStringLiteral("2580"), Actor{}).ok());

        SignInDialog dialog(*fixture.db, p.marta);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *people = dialog.findChild<QListWidget *>(QStringLiteral("signInPeople"));
        auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("signInSecret"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("signInError"));
        // Marta, remembered, has no PIN: no field for one.
        QVERIFY(people->currentItem()->text().startsWith(QStringLiteral("Marta Sanz")));
        QVERIFY(!secret->isVisible());

        choose(people, QStringLiteral("Lucía Romero"));
        QVERIFY(secret->isVisible());
        QTest::keyClicks(secret, QStringLiteral("1111"));
        QTest::keyClick(secret, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Wrong PIN."));
        QVERIFY(secret->text().isEmpty());
        QVERIFY(people->currentItem()->text().startsWith(QStringLiteral("Lucía Romero")));  // still chosen

        QTest::keyClicks(secret, QStringLiteral("2580"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actor().name, QStringLiteral("Lucía Romero"));
        QCOMPARE(dialog.actor().role, std::optional<AccessRole>(AccessRole::Office));
    }

    void withoutPinsTheOwnerWorksAtOnceAndCtrlLSwitchesPerson()
    {
        UiDatabase fixture;
        const People p = addPeople(*fixture.db);
        const QString path = fixture.db->path();
        fixture.db.reset();

        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *label = window.findChild<QLabel *>(QStringLiteral("signedInLabel"));
        QCOMPARE(label->text(), QStringLiteral("Working: Pilar Navarro (Owner)"));

        // Ctrl+L: the work is hidden while the dialog asks; Marta signs in; the views are hers.
        bool hiddenMeanwhile = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            hiddenMeanwhile = !window.centralWidget()->isVisible();
            choose(dialog->findChild<QListWidget *>(QStringLiteral("signInPeople")), QStringLiteral("Marta Sanz"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        });
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(hiddenMeanwhile);
        QVERIFY(window.centralWidget()->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Working: Marta Sanz (Office)"));
        QCOMPARE(currentActor().staffId, std::optional<Id>(p.marta));
        QVERIFY(!currentActor().can(Permission::EditMap));

        // The next start on this PC remembers Marta.
        MainWindow again;
        QVERIFY(again.openDatabase(path));
        QCOMPARE(again.findChild<QLabel *>(QStringLiteral("signedInLabel"))->text(),
                 QStringLiteral("Working: Marta Sanz (Office)"));
    }

    void startingWithUserSignsInThatPersonWithTheSecretFromTheEnvironment()
    {
        UiDatabase fixture;
        const People p = addPeople(*fixture.db);
        QVERIFY(Accounts(*fixture.db).setSecret(p.lucia, SecretKind::Pin, QStringLiteral("2580"), Actor{}).ok());
        const QString path = fixture.db->path();
        fixture.db.reset();
        qputenv("ORDO_PASSWORD", "2580");
        MainWindow window;
        window.setStartUser(QStringLiteral("lucia"));
        QVERIFY(window.openDatabase(path));
        qunsetenv("ORDO_PASSWORD");
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("signedInLabel"))->text(),
                 QStringLiteral("Working: Lucía Romero (Office)"));
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrdoTest"));
    QApplication::setApplicationName(QStringLiteral("OrdoTest"));
    TestSignIn test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_sign_in.moc"
