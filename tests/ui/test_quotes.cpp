// The order editor's "Quote…" (issue 14): a preview records nothing, issuing lists the quote, its
// PDF has the lines, totals, conditions and the acceptance box, e-mailing queues it and moves the
// order, and an acceptance past the validity is asked before it is recorded.

#include "ui/orders/OrderEditor.h"
#include "ui/orders/QuoteDialog.h"

#include "core/billing/MailOutbox.h"
#include "core/common/Clock.h"
#include "core/usecases/Quotes.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTimeZone>

using namespace ordo;
using namespace ordo::test;

namespace {

QString pdfText(const QString &path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text.waitForFinished())
        return {};
    return QString::fromUtf8(text.readAllStandardOutput());
}

qint64 count(UiDatabase &db, const QString &sql)
{
    QSqlQuery q(db.db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestQuotes final : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearLastMessage(); }

    void aQuoteIsPreviewedIssuedMailedAndAcceptedFromTheOrderEditor()
    {
        Clock::Override clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone("Europe/Madrid"))};
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        QSqlQuery q(db.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE customers SET address = 'Calle Mayor 12', city = 'Madrid', "
                                      "email = 'carmen@example.es'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO line_items (order_id, position, description, quantity, unit_price, vat_rate) "
                                      "VALUES (%1, 0, 'PVC window 120x140', 3000, 38500, 2100)").arg(order.id)));
        OrderEditor editor(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía Romero")}}, order.id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::mouseClick(child<QPushButton>(editor, "quoteButton"), Qt::LeftButton);
        auto *dialog = editor.findChild<QuoteDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!child<QTableWidget>(*dialog, "quoteList")->isVisible());

        // The preview draws the quote and records nothing.
        const QByteArray preview = dialog->previewPdf();
        QVERIFY(preview.startsWith("%PDF"));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM quotes")), 0);

        // Issuing lists it with its state.
        QTest::mouseClick(child<QPushButton>(*dialog, "issueQuote"), Qt::LeftButton);
        QCOMPARE(dialog->quotes().size(), 1);
        const QString number = order.number + QStringLiteral("-P1");
        QVERIFY2(MessageBox::lastMessage().contains(number), qPrintable(MessageBox::lastMessage()));
        auto *list = child<QTableWidget>(*dialog, "quoteList");
        QVERIFY(list->isVisible());
        QCOMPARE(list->item(0, 0)->text(), number);
        QVERIFY(list->item(0, 4)->text().contains(QStringLiteral("Issued by Lucía Romero")));

        // Its PDF: what the customer reads and signs.
        const QString pdf = db.dir.filePath(QStringLiteral("quote.pdf"));
        QVERIFY(dialog->saveSelectedPdf(pdf));
        const QString content = pdfText(pdf);
        for (const QString &expected : {number, QStringLiteral("Carmen López"), QStringLiteral("Calle Mayor 12"),
                                        QStringLiteral("PVC window 120x140"), QStringLiteral("1.397,55"),
                                        QStringLiteral("23/12/2026"),
                                        // In the customer's language (Spanish here), whatever the program's.
                                        QStringLiteral("Condiciones"), QStringLiteral("Acepto el presupuesto"),
                                        QStringLiteral("Firma")})
            QVERIFY2(content.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + content));

        // E-mailed: queued with the PDF, and the order is in "Quote sent" (the editor shows it).
        QVERIFY(dialog->emailSelected());
        auto queued = MailOutbox(*db).unsent();
        QVERIFY(queued.ok());
        QCOMPARE(queued->size(), 1);
        QCOMPARE(queued->first().message.to, QStringLiteral("carmen@example.es"));
        QVERIFY(queued->first().message.attachment.startsWith("%PDF"));
        QVERIFY(list->item(0, 4)->text().contains(QStringLiteral("Sent to carmen@example.es")));
        QVERIFY2(child<QLabel>(editor, "orderStep")->text().contains(QStringLiteral("Quote sent")),
                 qPrintable(child<QLabel>(editor, "orderStep")->text()));

        // Weeks later, past its validity: asked first; "No" records nothing.
        Clock::Override later{QDateTime(QDate(2027, 1, 10), QTime(10, 0), QTimeZone("Europe/Madrid"))};
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!dialog->recordAnswer(true, Clock::today(), QStringLiteral("Carmen López")));
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("was valid until")));
        QCOMPARE(Quotes(*db).find(dialog->quotes().first().id)->state, QuoteState::Sent);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(dialog->recordAnswer(true, Clock::today(), QStringLiteral("Carmen López")));
        QVERIFY(list->item(0, 4)->text().contains(QStringLiteral("Accepted by Carmen López")));
        QVERIFY(!child<QPushButton>(*dialog, "recordAcceptance")->isEnabled());
        QVERIFY(child<QLabel>(editor, "orderStep")->text().contains(QStringLiteral("Quote accepted")));
        QList<QListWidgetItem *> history;
        for (auto *l : editor.findChildren<QListWidget *>())
            for (int i = 0; i < l->count(); ++i)
                if (l->item(i)->text().contains(QStringLiteral("recorded that Carmen López accepted quote %1").arg(number)))
                    history << l->item(i);
        QVERIFY(!history.isEmpty());
    }

    void anOrderWithoutLinesSaysSoAndIssuesNothing()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Leaking window"), db.customer(QStringLiteral("Carmen López")));
        QuoteDialog dialog(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía Romero")}}, order.id);
        QVERIFY(dialog.previewPdf().isEmpty());
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("no lines")));
        QVERIFY(!dialog.issue());
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM quotes")), 0);
    }

    void theValidityAndConditionsTypedBecomeTheDefaultsForNewQuotes()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Leaking window"), db.customer(QStringLiteral("Carmen López")));
        QuoteDialog dialog(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar Navarro")}}, order.id);
        child<QDateEdit>(dialog, "quoteValidUntil")->setDate(Clock::today().addDays(15));
        child<QPlainTextEdit>(dialog, "quoteConditions")->setPlainText(QStringLiteral("Payment on completion."));
        QTest::mouseClick(child<QPushButton>(dialog, "quoteDefaults"), Qt::LeftButton);
        QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("valid for 15 day")), qPrintable(MessageBox::lastMessage()));
        const QuoteTerms terms = Quotes(*db).defaultTerms();
        QCOMPARE(terms.validUntil, Clock::today().addDays(15));
        QCOMPARE(terms.conditions, QStringLiteral("Payment on completion."));
        // The next dialog starts from them.
        QuoteDialog next(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar Navarro")}}, order.id);
        QCOMPARE(child<QPlainTextEdit>(next, "quoteConditions")->toPlainText(), QStringLiteral("Payment on completion."));
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    TestQuotes test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_quotes.moc"
