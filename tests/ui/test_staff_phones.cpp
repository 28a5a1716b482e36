#include "core/common/Translations.h"
#include "core/people/Accounts.h"
#include "core/people/PhoneDevices.h"
#include "ui/common/Session.h"
#include "ui/staff/PhonePairingDialog.h"
#include "ui/staff/StaffView.h"

#include "support/Team.h"
#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>

using namespace ordo;
using namespace ordo::test;

namespace {

// Ventanas Sol's people, Pilar (the owner) at the desk, Rubén with the PIN a phone needs.
struct Office
{
    Office()
    {
        auto t = makeTeam(*db);
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
        team = *t;
        owner = *Accounts(*db).actorFor(team.pilar);
        QVERIFY(Accounts(*db).setSecret(team.ruben, SecretKind::Pin, QStringLiteral("2580"), owner).ok());
        setCurrentActor(owner);
        QSettings().remove(QStringLiteral("phones/serverAddress"));
    }

    UiDatabase db;
    Team team;
    Actor owner;
};

void select(StaffView &view, const QString &name)
{
    auto *list = child<QListWidget>(view, "staffList");
    const auto found = list->findItems(name, Qt::MatchStartsWith);
    QVERIFY2(found.size() == 1, qPrintable(name));
    clickIndex(list, list->indexFromItem(found.first()));
}

} // namespace

class TestStaffPhones final : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearLastMessage(); }

    void theOfficeShowsACodeThePhoneCanPairWith()
    {
        Office office;
        StaffView view(*office.db);
        view.QWidget::show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!child<QGroupBox>(view, "staffPhones")->isVisible());
        select(view, QStringLiteral("Rubén"));
        QVERIFY(child<QGroupBox>(view, "staffPhones")->isVisible());

        // The server's address is asked the first time only.
        answerNextInputDialog(QStringLiteral("https://ordo.ventanassol.es/"));
        QTest::mouseClick(child<QPushButton>(view, "pairPhone"), Qt::LeftButton);
        auto *dialog = view.findChild<PhonePairingDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString code = child<QLabel>(*dialog, "pairingCode")->text();
        QCOMPARE(code.size(), 8);
        QCOMPARE(dialog->url(), QStringLiteral("https://ordo.ventanassol.es/tech/#pair=") + code);
        QVERIFY(child<QLabel>(*dialog, "pairingValidUntil")->text().contains(QStringLiteral("Valid until")));
        auto paired = PhoneDevices(*office.db).pair(code, QStringLiteral("Móvil de Rubén"));
        QVERIFY2(paired.ok(), qPrintable(paired ? QString() : paired.error().message));
        dialog->reject();
        QTRY_VERIFY(!view.findChild<PhonePairingDialog *>());
        auto *phones = child<QListWidget>(view, "phoneList");
        QCOMPARE(phones->count(), 1);
        QVERIFY(phones->item(0)->text().startsWith(QStringLiteral("Móvil de Rubén")));

        // A second phone: no question this time.
        QTest::mouseClick(child<QPushButton>(view, "pairPhone"), Qt::LeftButton);
        dialog = view.findChild<PhonePairingDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->url().startsWith(QStringLiteral("https://ordo.ventanassol.es/tech/#pair=")));
        dialog->reject();
    }

    void aRemovedPhoneIsRefusedAtOnce()
    {
        Office office;
        PhoneDevices devices(*office.db);
        auto code = devices.createPairingCode(office.team.ruben, office.owner);
        QVERIFY(code.ok());
        auto paired = devices.pair(code->code, QStringLiteral("Móvil de Rubén"));
        QVERIFY(paired.ok());
        StaffView view(*office.db);
        view.QWidget::show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        select(view, QStringLiteral("Rubén"));
        auto *phones = child<QListWidget>(view, "phoneList");
        QCOMPARE(phones->count(), 1);
        QVERIFY(phones->item(0)->text().contains(QStringLiteral("not used yet")));
        auto *remove = child<QPushButton>(view, "removePhone");
        QVERIFY(!remove->isEnabled());

        // Rubén himself may not remove phones: the core's refusal is shown, nothing changes.
        setCurrentActor(*Accounts(*office.db).actorFor(office.team.ruben));
        clickIndex(phones, phones->model()->index(0, 0));
        QVERIFY(remove->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("may not do this")), qPrintable(MessageBox::lastMessage()));
        QVERIFY(!devices.list(office.team.ruben)->first().revokedAt);

        setCurrentActor(office.owner);
        clickIndex(phones, phones->model()->index(0, 0));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(devices.list(office.team.ruben)->first().revokedAt.has_value());
        QVERIFY(phones->item(0)->text().contains(QStringLiteral("removed")));
        QVERIFY(!remove->isEnabled());
        QVERIFY(!devices.signIn(paired->deviceToken, QStringLiteral("2580")).ok());
    }
};

int main(int argc, char **argv)
{
    pinEnvironment();
    QApplication app(argc, argv);
    installTranslations(app, QLocale(QLocale::English));
    TestStaffPhones test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_staff_phones.moc"
