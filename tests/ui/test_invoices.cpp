#include "ui/billing/InvoiceDialog.h"
#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoicePayments.h"
#include "core/billing/InvoiceQueries.h"
#include "ui/billing/InvoicesView.h"
#include "ui/billing/PaymentDialog.h"
#include "core/common/Clock.h"
#include "ui/common/LinesEditor.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QTimer>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QDir>
#include <QPrintPreviewWidget>
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

// The next payment dialog is answered as the receptionist does: the method chosen in its list by
// keys, the day picked in the date field (days ago), the amount left as proposed unless given; OK.
void answerNextPayment(const QString &method, int daysAgo, const QString &amount = QString(), const QString &note = QString())
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [=] {
        auto *dialog = qobject_cast<PaymentDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++*tries > 500)
                poll->deleteLater();
            return;
        }
        poll->deleteLater();
        if (!amount.isEmpty())
            retype(dialog->amountEdit(), amount);
        chooseByKeys(dialog->methodBox(), dialog->methodBox()->findText(method, Qt::MatchStartsWith));
        dialog->dateEdit()->setDate(Clock::today().addDays(-daysAgo));  // as picked in its calendar
        if (!note.isEmpty())
            typeText(dialog->noteEdit(), note);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    poll->start();
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

    void printingShowsThePreviewFromThePrintingPluginAndWithoutItSaysWhy()
    {
        UiDatabase db;
        const Id draft = draftFor(db);
        InvoiceDialog dialog(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar")}}, db.secrets, draft);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *print = child<QPushButton>(dialog, "printInvoice");

        // The preview comes from the plugin, with the invoice drawn on its page(s); closed at once.
        int pages = -1;
        QString kind;
        QTimer::singleShot(0, &dialog, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            kind = QString::fromLatin1(modal->metaObject()->className());
            if (auto *widget = modal->findChild<QPrintPreviewWidget *>())
                pages = widget->pageCount();
            static_cast<QDialog *>(modal)->reject();
        });
        print->click();
        QCOMPARE(kind, QStringLiteral("QPrintPreviewDialog"));
        QCOMPARE(pages, 1);
        QVERIFY(MessageBox::lastMessage().isEmpty());

        // Without the plugin: nothing opens, and the user is told why and what to do meanwhile.
        QTemporaryDir empty;
        qputenv("ORDO_PLUGIN_DIR", QFile::encodeName(empty.path()));
        auto restore = qScopeGuard([] { qunsetenv("ORDO_PLUGIN_DIR"); });
        print->click();
        QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("cannot print")), qPrintable(MessageBox::lastMessage()));
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("PDF")));
        QVERIFY(MessageBox::lastMessage().contains(QDir::toNativeSeparators(empty.path())));
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
        answerNextPayment(QStringLiteral("Bizum"), 0);
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

    void aPaymentIsRecordedWithItsMethodAndAnEarlierDayButNeverALaterOne()
    {
        UiDatabase db;
        const Id draft = draftFor(db);
        InvoiceDialog dialog(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar")}}, db.secrets, draft);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickIssue(dialog);
        QVERIFY(!dialog.invoice().isDraft());

        // Part paid by cheque three days ago, with the cheque's number: the list shows day, amount, method and note.
        answerNextPayment(QStringLiteral("Cheque"), 3, QStringLiteral("100,00"), QStringLiteral("cheque 0042"));
        QTest::mouseClick(child<QPushButton>(dialog, "payInvoice"), Qt::LeftButton);
        QCOMPARE(dialog.invoice().paymentState(Clock::nowSecs()), PaymentState::PartlyPaid);
        auto *payments = child<QListWidget>(dialog, "invoicePayments");
        QCOMPARE(payments->count(), 1);
        const QString threeDaysAgo = Clock::today().addDays(-3).toString(QStringLiteral("dd/MM/yyyy"));
        QVERIFY2(payments->item(0)->text().startsWith(threeDaysAgo), qPrintable(payments->item(0)->text()));
        QVERIFY(payments->item(0)->text().contains(QStringLiteral("Cheque")));
        QVERIFY(payments->item(0)->text().contains(QStringLiteral("cheque 0042")));
        const Payment stored = InvoicePayments(*db).list(dialog.invoice().id)->first();
        QCOMPARE(stored.method, QStringLiteral("cheque"));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(stored.paidAt).toLocalTime().date(), Clock::today().addDays(-3));

        // A day still to come cannot be picked: the field stays at today at the latest.
        PaymentDialog payment(dialog.invoice());
        payment.show();
        QVERIFY(QTest::qWaitForWindowExposed(&payment));
        QCOMPARE(payment.dateEdit()->date(), Clock::today());
        payment.dateEdit()->setDate(Clock::today().addDays(2));
        QCOMPARE(payment.paidOn(), Clock::today());
        QCOMPARE(payment.dateEdit()->maximumDate(), Clock::today());
        // The rest, by card today, pays it in full.
        QCOMPARE(payment.amount(), dialog.invoice().totals.total - 10000);
        payment.reject();
        answerNextPayment(QStringLiteral("Card"), 0);
        QTest::mouseClick(child<QPushButton>(dialog, "payInvoice"), Qt::LeftButton);
        QCOMPARE(dialog.invoice().paymentState(Clock::nowSecs()), PaymentState::Paid);
        QCOMPARE(payments->count(), 2);
        QVERIFY(payments->item(1)->text().startsWith(Clock::today().toString(QStringLiteral("dd/MM/yyyy"))));
        QVERIFY(payments->item(1)->text().contains(QStringLiteral("Card")));
        // And a payment dated later than today is refused by the use case too.
        QVERIFY(!dialog.recordPayment(100, QStringLiteral("cash"), Clock::today().addDays(1)));
    }

    void theInvoicesListIsSearchedByNumberCustomerOrAmount()
    {
        UiDatabase db;
        const Id first = draftFor(db);
        const Actor pilar{std::nullopt, QStringLiteral("Pilar")};
        auto a = InvoiceLedger(*db).issue(first, InvoiceQueries(*db).find(first)->version, pilar);
        QVERIFY(a.ok());
        Customer c;
        c.name = QStringLiteral("Antonio Castillo");
        c.taxId = QStringLiteral("87654321X");
        c.address = QStringLiteral("Calle Luna 3");
        NewWorkOrder n;
        n.customerId = *CustomerRepository(*db).add(c);
        n.title = QStringLiteral("Door");
        n.lines = {{0, 0, QStringLiteral("Door"), 1000, 123456, 2100, 0}};
        auto o = WorkOrderService(*db).create(n, pilar);
        auto d = InvoiceDrafts(*db).createFromOrder(o->id, pilar);
        auto b = InvoiceLedger(*db).issue(d->id, d->version, pilar);
        QVERIFY(b.ok());

        InvoicesView view(Session{*db, pilar}, db.secrets);
        view.resize(1024, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.table()->rowCount(), 2);
        QLineEdit *search = view.searchEdit();
        typeText(search, QStringLiteral("lopez"));
        QTRY_COMPARE(view.table()->rowCount(), 1);
        QCOMPARE(view.table()->item(0, 2)->text(), QStringLiteral("Carmen López"));
        // The amount the Spanish way (1.234,56 + 21 % = 1.493,82), then the English way.
        const QString total = QStringLiteral("%1.%2,%3").arg(b->totals.total / 100000)
                                  .arg(b->totals.total / 100 % 1000, 3, 10, QLatin1Char('0'))
                                  .arg(b->totals.total % 100, 2, 10, QLatin1Char('0'));
        retype(search, total);
        QTRY_COMPARE(view.table()->item(0, 2)->text(), QStringLiteral("Antonio Castillo"));
        QCOMPARE(view.table()->rowCount(), 1);
        retype(search, QStringLiteral("%1.%2").arg(b->totals.total / 100).arg(b->totals.total % 100, 2, 10, QLatin1Char('0')));
        QTRY_COMPARE(view.table()->rowCount(), 1);
        QCOMPARE(view.table()->item(0, 0)->text(), b->number);
        // A number, then Enter: the match is chosen, ready to open.
        retype(search, a->number);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(view.table()->rowCount(), 1);
        QCOMPARE(view.table()->item(0, 0)->text(), a->number);
        QCOMPARE(view.table()->currentRow(), 0);
        retype(search, QStringLiteral("nadie"));
        QTRY_COMPARE(view.table()->rowCount(), 0);
        QVERIFY(child<QLabel>(view, "invoicesMore")->text().contains(QStringLiteral("nadie")));
        search->clear();
        QTRY_COMPARE(view.table()->rowCount(), 2);
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
