// The VERI*FACTU records of an invoice as its window shows them: the record made when it was issued,
// and what the AEAT answered, in words a user understands. The AEAT's answers are recorded through
// the core (VerifactuSender::record), as the sender records them, without the network.
#include "ui/billing/InvoiceDialog.h"
#include "ui/billing/VerifactuRecordsPanel.h"
#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoiceQueries.h"
#include "core/billing/VerifactuSender.h"
#include "core/billing/VerifactuService.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace ordo;
using namespace ordo::test;

namespace {

const Actor pilar{std::nullopt, QStringLiteral("Pilar")};

Id draftFor(UiDatabase &db)
{
    CompanyProfile company;
    company.legalName = QStringLiteral("Ventanas Sol S.L.");
    company.taxId = QStringLiteral("B12345674");
    company.address = QStringLiteral("Calle del Sol 5");
    if (!CompanyProfiles(*db).save(company))
        return 0;
    Customer c;
    c.name = QStringLiteral("Carmen López");
    c.taxId = QStringLiteral("12345678Z");
    c.address = QStringLiteral("Calle Mayor 12");
    NewWorkOrder n;
    n.customerId = *CustomerRepository(*db).add(c);
    n.title = QStringLiteral("Windows");
    n.lines = {{0, 0, QStringLiteral("PVC window"), 3000, 38500, 2100, 0}};
    auto o = WorkOrderService(*db).create(n, pilar);
    return InvoiceDrafts(*db).createFromOrder(o->id, pilar)->id;
}

// The AEAT's answer to the invoice's pending records, recorded as the sender records it.
void answer(UiDatabase &db, Id invoiceId, const QString &state, const QString &code = {}, const QString &text = {})
{
    auto records = VerifactuService(*db).records(invoiceId);
    QVERIFY(records.ok());
    VerifactuBatch batch;
    VerifactuAnswer aeat;
    aeat.csv = QStringLiteral("A-UI0001");
    aeat.waitSeconds = 0;
    aeat.sendState = state == QLatin1String("Correcto") ? QStringLiteral("Correcto") : QStringLiteral("Incorrecto");
    for (const auto &r : *records) {
        if (r.state != QLatin1String("pending"))
            continue;
        batch.records.append(r);
        aeat.lines.append({r.kind == verifactu::RecordKind::Anulacion, r.invoiceNumber, r.issueDate, state, code, text});
    }
    QVERIFY(!batch.records.isEmpty());
    auto outcome = VerifactuSender(*db).record(batch, aeat);
    QVERIFY(outcome.ok());
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TestVerifactuPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearLastMessage(); }

    void aDraftShowsNoRecord()
    {
        UiDatabase db;
        const Id draft = draftFor(db);
        InvoiceDialog dialog(Session{*db, pilar}, db.secrets, draft);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!child<VerifactuRecordsPanel>(dialog, "verifactuRecords")->isVisible());
    }

    void anIssuedInvoiceShowsItsRecordWaitingThenAcceptedWithItsCsv()
    {
        UiDatabase db;
        const Id draft = draftFor(db);
        {
            InvoiceDialog dialog(Session{*db, pilar}, db.secrets, draft);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(child<QPushButton>(dialog, "issueInvoice"), Qt::LeftButton);
            QVERIFY(!dialog.invoice().isDraft());
            // Issued: its registro de alta is there, waiting to be sent.
            auto *panel = child<VerifactuRecordsPanel>(dialog, "verifactuRecords");
            QVERIFY(panel->isVisible());
            auto *table = child<QTableWidget>(dialog, "verifactuRecordsTable");
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(cell(table, 0, 0), QStringLiteral("Alta #1"));
            QCOMPARE(cell(table, 0, 1), QStringLiteral("waiting to be sent to the AEAT"));
            QCOMPARE(child<QLabel>(dialog, "verifactuSummary")->text(), QStringLiteral("Waiting to be sent to the AEAT."));
            QVERIFY(child<QPushButton>(dialog, "verifactuSendNow")->isVisible());
            QVERIFY(!child<QPushButton>(dialog, "verifactuCorrect")->isVisible());
        }

        answer(db, draft, QStringLiteral("Correcto"));
        // Opened again: accepted, with the AEAT's CSV; nothing left to send or to correct.
        InvoiceDialog dialog(Session{*db, pilar}, db.secrets, draft);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = child<QTableWidget>(dialog, "verifactuRecordsTable");
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(cell(table, 0, 1).startsWith(QStringLiteral("accepted by the AEAT")));
        QCOMPARE(cell(table, 0, 2), QStringLiteral("A-UI0001"));
        QVERIFY(cell(table, 0, 3).isEmpty());
        QVERIFY(!child<QPushButton>(dialog, "verifactuSendNow")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "verifactuCorrect")->isVisible());
    }

    void aRejectedRecordSaysWhyAndIsCorrectedFromTheWindow()
    {
        UiDatabase db;
        const Id draft = draftFor(db);
        auto inv = InvoiceQueries(*db).find(draft);
        QVERIFY(InvoiceLedger(*db).issue(draft, inv->version, pilar).ok());
        answer(db, draft, QStringLiteral("Incorrecto"), QStringLiteral("1105"),
               QStringLiteral("El NIF del destinatario no está identificado."));

        InvoiceDialog dialog(Session{*db, pilar}, db.secrets, draft);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = child<QTableWidget>(dialog, "verifactuRecordsTable");
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(cell(table, 0, 1).startsWith(QStringLiteral("rejected by the AEAT")));
        QCOMPARE(cell(table, 0, 3), QStringLiteral("1105 — El NIF del destinatario no está identificado."));
        QVERIFY(child<QLabel>(dialog, "verifactuSummary")->text().contains(QStringLiteral("The AEAT rejected this invoice's record")));
        auto *correct = child<QPushButton>(dialog, "verifactuCorrect");
        QVERIFY(correct->isVisible());

        // Corrected: a subsanación record, waiting to be sent; the rejected one stays as answered.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(correct, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(table, 1, 0), QStringLiteral("Alta (subsanación) #2"));
        QCOMPARE(cell(table, 1, 1), QStringLiteral("waiting to be sent to the AEAT"));
        QVERIFY(cell(table, 0, 1).startsWith(QStringLiteral("rejected by the AEAT")));
        QVERIFY(!correct->isVisible());
        QVERIFY(child<QPushButton>(dialog, "verifactuSendNow")->isVisible());
    }

    void aRejectedAnnulmentIsSentAgainFromTheWindow()
    {
        UiDatabase db;
        const Id draft = draftFor(db);
        auto inv = InvoiceQueries(*db).find(draft);
        QVERIFY(InvoiceLedger(*db).issue(draft, inv->version, pilar).ok());
        answer(db, draft, QStringLiteral("Correcto"));
        QVERIFY(VerifactuService(*db).annul(draft, QStringLiteral("Issued by mistake"), pilar).ok());
        answer(db, draft, QStringLiteral("Incorrecto"), QStringLiteral("1100"), QStringLiteral("Valor o tipo incorrecto del campo."));

        InvoiceDialog dialog(Session{*db, pilar}, db.secrets, draft);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = child<QTableWidget>(dialog, "verifactuRecordsTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(table, 1, 0), QStringLiteral("Anulación #2"));
        QVERIFY(cell(table, 1, 1).startsWith(QStringLiteral("rejected by the AEAT")));
        QVERIFY(child<QLabel>(dialog, "verifactuSummary")->text().contains(QStringLiteral("rejected the annulment")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(dialog, "verifactuCorrect"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(cell(table, 2, 0), QStringLiteral("Anulación (rechazo previo) #3"));
        QCOMPARE(cell(table, 2, 1), QStringLiteral("waiting to be sent to the AEAT"));
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    TestVerifactuPanel test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_verifactu_panel.moc"
