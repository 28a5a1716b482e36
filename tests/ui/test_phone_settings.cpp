#include "core/common/Translations.h"
#include "core/people/Accounts.h"
#include "ui/main/PhoneSettingsDialog.h"

#include "support/Team.h"
#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

using namespace ordo;
using namespace ordo::test;

class TestPhoneSettings final : public QObject
{
    Q_OBJECT

private slots:
    void theOwnerChoosesWhatFinishingDoesWithTheInvoice()
    {
        UiDatabase db;
        auto team = makeTeam(*db);
        QVERIFY(team.ok());
        const Actor owner = *Accounts(*db).actorFor(team->pilar);
        PhoneSettingsDialog dialog(Session{*db, owner});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QRadioButton>(dialog, "finishDraft")->isChecked());
        child<QRadioButton>(dialog, "finishIssueAndMail")->click();
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(FieldWork::finishInvoice(*db), FinishInvoice::IssueAndMail);

        // Opened again, it shows what was saved.
        PhoneSettingsDialog again(Session{*db, owner});
        QVERIFY(child<QRadioButton>(again, "finishIssueAndMail")->isChecked());
    }

    void aTechnicianSeesTheChoiceButCannotChangeIt()
    {
        UiDatabase db;
        auto team = makeTeam(*db);
        QVERIFY(team.ok());
        const Actor ruben = *Accounts(*db).actorFor(team->ruben);
        PhoneSettingsDialog dialog(Session{*db, ruben});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!child<QRadioButton>(dialog, "finishIssue")->isEnabled());
        QVERIFY(!child<QLabel>(dialog, "phoneSettingsRefused")->text().isEmpty());
        QCOMPARE(FieldWork::finishInvoice(*db), FinishInvoice::Draft);
    }
};

int main(int argc, char **argv)
{
    pinEnvironment();
    QApplication app(argc, argv);
    installTranslations(app, QLocale(QLocale::English));
    TestPhoneSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_phone_settings.moc"
