// Sending an invoice by e-mail from its window: the window stays alive while the mail server
// answers, and the answer is kept in the invoice's mail log.

#include "ui/billing/InvoiceDialog.h"
#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/Mailer.h"
#include "support/FakeSmtpServer.h"
#include "support/Team.h"
#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>

using namespace ordo;
using namespace ordo::test;

class TestInvoiceMail final : public QObject
{
    Q_OBJECT

private slots:
    void sendingHappensInTheBackgroundAndIsLogged()
    {
        UiDatabase db;
        const Actor pilar{std::nullopt, QStringLiteral("Pilar")};
        auto issued = makeMailableInvoice(*db);
        QVERIFY(issued.ok());

        FakeSmtpServer server("pilar", "secret");
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = server.port();
        s.security = SmtpSettings::Security::None;
        s.user = QStringLiteral("pilar");
        s.timeoutSeconds = 5;
        QVERIFY(s.save(*db).ok());
        // The password is not in the database: the window asks the store for it.
        auto key = SmtpSettings::passwordKey(*db);
        QVERIFY(key.ok());
        QVERIFY(writeSecretNow(db.secrets, *key, QStringLiteral("secret")).ok());

        InvoiceDialog dialog(Session{*db, pilar}, db.secrets, issued->id);
        dialog.show();
        QSignalSpy finished(&dialog, &InvoiceDialog::sendFinished);
        auto *send = dialog.findChild<QPushButton *>(QStringLiteral("sendInvoice"));
        QVERIFY(send && send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        // The click returns before the server has answered: the button waits, the window does not.
        QVERIFY(dialog.isSending());
        QVERIFY(!send->isEnabled());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        server.wait();
        QVERIFY(server.authenticated());
        QVERIFY(server.message().contains("Subject:"));
        QCOMPARE(server.recipients().size(), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM email_log WHERE ok = 1 AND invoice_id = %1").arg(issued->id)), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM invoices WHERE status = 'sent' AND id = %1").arg(issued->id)), 1);
        QVERIFY(send->isEnabled());
    }
};

int main(int argc, char *argv[])
{
    // A home and a D-Bus session of its own: the password goes to a test file, never to a keyring.
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    TestInvoiceMail test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_invoice_mail.moc"
