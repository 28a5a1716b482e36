// The desktop's secrets: the company dialog keeps the mail password in the store (here its private
// file: tests have no keyring), never in the database; the main window moves an older Ordo's
// clear-text password on opening; the user is told once where it is kept.

#include "ui/billing/InvoiceDialog.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "ui/billing/InvoicesView.h"
#include "core/billing/CompanyProfiles.h"
#include "core/billing/Mailer.h"
#include "ui/main/MainWindow.h"
#include "core/storage/Settings.h"
#include "support/Team.h"
#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <sys/stat.h>

using namespace ordo;
using namespace ordo::test;

namespace {

int modeOf(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

QString clearText(Database &db)
{
    return CompanySettings(db).value(QStringLiteral("smtp.password"));
}

QString stored(SecretStore &store, Database &db)
{
    auto key = SmtpSettings::passwordKey(db);
    if (!key)
        return QStringLiteral("(no key)");
    auto value = readSecretNow(store, *key);
    return value ? *value : QStringLiteral("(error) ") + value.error().message;
}

void typePassword(CompanySettingsDialog &dialog, const QString &password)
{
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("smtpPassword"));
    QVERIFY(field);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, password);
}

void clickSave(CompanySettingsDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

class TestSecretsUi final : public QObject
{
    Q_OBJECT

private slots:
    // Tests never reach a keyring (TestEnvironment.h): the desktop's store uses its file.
    void initTestCase() { QVERIFY(!KeychainSecretStore().hasKeyring()); }

    void theCompanyDialogKeepsThePasswordInTheStoreAndSaysWhereOnce()
    {
        UiDatabase db;
        {
            CompanySettingsDialog dialog(Session{*db, Actor{}}, db.secrets);
            QTRY_VERIFY(dialog.passwordRead());
            auto *place = dialog.findChild<QLabel *>(QStringLiteral("smtpPasswordPlace"));
            QVERIFY(place && place->text().contains(db.secrets.location()));
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("smtpUser")), QStringLiteral("facturas"));
            typePassword(dialog, QStringLiteral("Ventanas2024!"));
            clickSave(dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(SmtpSettings::load(*db).user, QStringLiteral("facturas"));
        QVERIFY(clearText(*db).isEmpty());
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%Ventanas2024%'")), 0);
        QCOMPARE(stored(db.secrets, *db), QStringLiteral("Ventanas2024!"));
        QCOMPARE(modeOf(db.secrets.fallback().path()), 0600);
        // No keyring here: the user was told where the password went, naming the file.
        QVERIFY2(MessageBox::lastMessage().contains(db.secrets.fallback().location()), qPrintable(MessageBox::lastMessage()));

        // Opened again, the dialog shows it (as dots); changed, it is kept, and nobody is told twice.
        MessageBox::clearLastMessage();
        {
            CompanySettingsDialog dialog(Session{*db, Actor{}}, db.secrets);
            QTRY_VERIFY(dialog.passwordRead());
            auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("smtpPassword"));
            QCOMPARE(field->text(), QStringLiteral("Ventanas2024!"));
            QCOMPARE(field->echoMode(), QLineEdit::Password);
            typePassword(dialog, QStringLiteral("Nueva2025"));
            clickSave(dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(stored(db.secrets, *db), QStringLiteral("Nueva2025"));
        QVERIFY(MessageBox::lastMessage().isEmpty());

        // Emptied, it is removed from the store.
        {
            CompanySettingsDialog dialog(Session{*db, Actor{}}, db.secrets);
            QTRY_VERIFY(dialog.passwordRead());
            typePassword(dialog, QString());
            clickSave(dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(stored(db.secrets, *db), QString());
    }

    void savingTheDialogRemovesAnOldClearTextCopy()
    {
        UiDatabase db;
        QVERIFY(CompanySettings(*db).setValue(QStringLiteral("smtp.password"), QStringLiteral("old")).ok());
        CompanySettingsDialog dialog(Session{*db, Actor{}}, db.secrets);
        QTRY_VERIFY(dialog.passwordRead());
        typePassword(dialog, QStringLiteral("new"));
        clickSave(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(clearText(*db).isEmpty());
        QCOMPARE(stored(db.secrets, *db), QStringLiteral("new"));
    }

    void someoneWhoMayNotManageTheCompanyChangesNoPassword()
    {
        UiDatabase db;
        auto key = SmtpSettings::passwordKey(*db);
        QVERIFY(key.ok());
        QVERIFY(writeSecretNow(db.secrets, *key, QStringLiteral("kept")).ok());
        Actor technician{std::nullopt, QStringLiteral("Rubén"), ActorKind::Person};
        technician.permissions.set(Permission::ManageCompany, false);
        CompanySettingsDialog dialog(Session{*db, technician}, db.secrets);
        QTRY_VERIFY(dialog.passwordRead());
        typePassword(dialog, QStringLiteral("mine now"));
        clickSave(dialog);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!MessageBox::lastMessage().isEmpty());
        QCOMPARE(stored(db.secrets, *db), QStringLiteral("kept"));
    }

    void theMainWindowMovesAClearTextPasswordWhenItOpensTheDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto old = openCompany(path);
            QVERIFY(old.ok());
            QVERIFY(CompanySettings(**old).setValue(QStringLiteral("smtp.password"), QStringLiteral("Ventanas2024!")).ok());
        }
        MessageBox::setTestMode(true);
        MessageBox::clearLastMessage();
        MainWindow window;
        QVERIFY(window.openDatabase(path, false));
        QVERIFY(clearText(*window.database()).isEmpty());
        QCOMPARE(stored(window.secretStore(), *window.database()), QStringLiteral("Ventanas2024!"));
        // In the file that only this user can read, and the user is told so, once the window is up.
        const QString file = window.secretStore().fallback().path();
        QCOMPARE(modeOf(file), 0600);
        QTRY_VERIFY(MessageBox::lastMessage().contains(window.secretStore().fallback().location()));
    }

    void sendingWithoutAStoredPasswordSaysWhereOrdoLooked()
    {
        UiDatabase db;
        addInvoice(db);
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = 1;
        s.user = QStringLiteral("pilar");
        QVERIFY(s.save(*db).ok());
        InvoiceDialog dialog(Session{*db, Actor{}}, db.secrets, m_invoice);
        QSignalSpy finished(&dialog, &InvoiceDialog::sendFinished);
        QVERIFY(dialog.sendByEmail());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("No password for the mail user pilar")),
                 qPrintable(MessageBox::lastMessage()));
        QVERIFY(MessageBox::lastMessage().contains(db.secrets.location()));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM email_log WHERE ok = 0")), 1);
    }

private:
    void addInvoice(UiDatabase &db)
    {
        auto issued = makeMailableInvoice(*db);
        QVERIFY(issued.ok());
        m_invoice = issued->id;
    }

    Id m_invoice = 0;
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    TestSecretsUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_secrets_ui.moc"
