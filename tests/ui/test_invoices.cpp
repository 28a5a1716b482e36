#include "ui/billing/InvoiceDialog.h"
#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoicePayments.h"
#include "core/billing/InvoiceQueries.h"
#include "ui/billing/InvoicesView.h"
#include "ui/common/LinesEditor.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace ordo;
using namespace ordo::test;

namespace {

Id draftFor(UiDatabase &db)
{
    CompanyProfile company;
    company.legalName = QStringLiteral("Ventanas Sol S.L.");
    company.taxId = QStringLiteral("B12345674");
    company.address = QStringLiteral("Calle del Sol 5");
    CompanyProfiles companyProfiles(*db);
    InvoiceDrafts drafts(*db);
    if (!companyProfiles.save(company))
        return 0;
    Customer c;
    c.name = QStringLiteral("Carmen López");
    c.taxId = QStringLiteral("12345678Z");
    c.address = QStringLiteral("Calle Mayor 12");
    NewWorkOrder n;
    n.customerId = *CustomerRepository(*db).add(c);
    n.title = QStringLiteral("Windows");
    n.lines = {{0, 0, QStringLiteral("PVC window"), 3000, 38500, 2100, 0}};
    auto o = WorkOrderService(*db).create(n, Actor{std::nullopt, QStringLiteral("Pilar")});
    return drafts.createFromOrder(o->id, Actor{std::nullopt, QStringLiteral("Pilar")})->id;
}

// Issue, then Yes to "Issue it now?".
void clickIssue(InvoiceDialog &dialog)
{
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog, "issueInvoice"), Qt::LeftButton);
}

} // namespace

class TestInvoices final : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearLastMessage(); }

    void aDraftIsEditedThenIssuedAndThenItsLinesAreFrozen()
    {
        UiDatabase db;
        const Id draft = draftFor(db);
        InvoiceDialog dialog(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar")}}, db.secrets, draft);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *lines = child<QTableWidget>(dialog, "linesTable");
        QCOMPARE(lines->rowCount(), 1);
        editCell(lines, lines->model()->index(0, 2), QStringLiteral("400"));  // a new price
        clickIssue(dialog);
        QVERIFY(!dialog.invoice().isDraft());
        QCOMPARE(dialog.invoice().number, QStringLiteral("%1-0001").arg(QDate::currentDate().year()));
        QCOMPARE(dialog.invoice().totals.base, Cents(120000));
        QCOMPARE(lines->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("issueInvoice"))->isVisibleTo(&dialog));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("invoiceHeader"))->text().contains(dialog.invoice().number));
    }

    void issuingWithoutTheCustomersTaxIdExplainsWhatIsMissing()
    {
        UiDatabase db;
        const Id draft = draftFor(db);
        QSqlQuery q(db.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE customers SET tax_id = ''")));
        InvoiceDialog dialog(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar")}}, db.secrets, draft);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickIssue(dialog);
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("tax ID")));
        QVERIFY(dialog.invoice().isDraft());
    }

    void anIssuedInvoiceIsSavedAsPdfPaidAndRectified()
    {
        UiDatabase db;
        const Id draft = draftFor(db);
        InvoiceDialog dialog(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar")}}, db.secrets, draft);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickIssue(dialog);
        QVERIFY(!dialog.invoice().isDraft());
        const QString pdf = db.dir.filePath(QStringLiteral("invoice.pdf"));
        QVERIFY(dialog.savePdf(pdf));  // what "Save as PDF…" does once the file dialog has the name
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        // The amount the dialog proposes is what is still owed: OK as it is pays it all.
        answerNextInputDialogs({money::formatCents(dialog.invoice().totals.total), QStringLiteral("Bizum")});
        QTest::mouseClick(child<QPushButton>(dialog, "payInvoice"), Qt::LeftButton);
        QCOMPARE(dialog.invoice().paymentState(0), PaymentState::Paid);
        QCOMPARE(InvoicePayments(*db).list(dialog.invoice().id)->first().method, QStringLiteral("bizum"));
        const QString original = dialog.invoice().number;
        answerNextInputDialogs({QStringLiteral("Wrong address"), QStringLiteral("By the difference")});
        QTest::mouseClick(child<QPushButton>(dialog, "rectifyInvoice"), Qt::LeftButton);
        QVERIFY(dialog.invoice().isDraft());
        QCOMPARE(dialog.invoice().kind, InvoiceKind::Rectifying);
        QCOMPARE(dialog.invoice().rectifiesNumber, original);
        clickIssue(dialog);
        QVERIFY(dialog.invoice().number.startsWith(QStringLiteral("R")));
    }

    void theOperationDateIsADatePickedAndKept()
    {
        UiDatabase db;
        const Id draft = draftFor(db);
        InvoiceDialog dialog(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar")}}, db.secrets, draft);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *date = child<QDateEdit>(dialog, "invoiceOperationDate");
        // Not typed as free text: a date field, "the issue date" until a day is picked.
        QCOMPARE(date->text(), QStringLiteral("the issue date"));
        date->setFocus();
        date->setDate(QDate(2026, 11, 20));
        clickIssue(dialog);
        QCOMPARE(dialog.invoice().operationDate, QStringLiteral("2026-11-20"));
        QVERIFY(date->isReadOnly());
    }

    void aLineSaysWhyItCarriesNoVat()
    {
        UiDatabase db;
        const Id draft = draftFor(db);
        InvoiceDialog dialog(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar")}}, db.secrets, draft);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = child<QTableWidget>(dialog, "linesTable");
        table->setCurrentCell(0, 0);
        // A window installer working for a builder: reverse charge, the VAT goes to 0.
        answerNextInputDialog(QStringLiteral("Reverse charge"));
        QTest::mouseClick(child<QPushButton>(dialog, "lineTaxCause"), Qt::LeftButton);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("0"));
        clickIssue(dialog);
        QVERIFY(!dialog.invoice().isDraft());
        QCOMPARE(dialog.invoice().lines.first().taxCause, QStringLiteral("S2"));
        QCOMPARE(dialog.invoice().lines.first().vatRate, 0);
        // Issued: the reason can no longer be changed.
        QVERIFY(!child<QPushButton>(dialog, "lineTaxCause")->isVisible());
    }

    void theInvoicesListShowsDraftsAndWhatIsOwed()
    {
        UiDatabase db;
        const Id draft = draftFor(db);
        InvoicesView view(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar")}}, db.secrets);
        QCOMPARE(view.table()->rowCount(), 1);
        QVERIFY(view.table()->item(0, 0)->text().contains(QStringLiteral("draft")));
        auto inv = InvoiceQueries(*db).find(draft);
        QVERIFY(InvoiceLedger(*db).issue(draft, inv->version, Actor{std::nullopt, QStringLiteral("Pilar")}).ok());
        QCOMPARE(view.table()->item(0, 7)->text(), QStringLiteral("Unpaid"));
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    TestInvoices test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_invoices.moc"
