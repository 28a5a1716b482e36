#include "core/assets/Assets.h"
#include "core/common/Clock.h"
#include "ui/customers/AssetsPanel.h"
#include "ui/customers/CustomerImportDialog.h"
#include "ui/reports/AssetStatsPage.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace ordo;
using namespace ordo::test;

namespace {

const QByteArray ExcelFile = QByteArray("\xEF\xBB\xBF")
                             + QStringLiteral("Nombre;NIF;Teléfono\r\n"
                                              "Carmen Núñez;12345678Z;600 11 22 33\r\n"
                                              "Sin NIF bueno;12345678A;\r\n")
                                   .toUtf8();

} // namespace

class TestAssetsUi final : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearLastMessage(); }

    void theImportPreviewShowsEachRowsProblemAndImportIsOffUntilNone()
    {
        UiDatabase db;
        CustomerImportDialog dialog(Session{*db, Actor{}});
        dialog.show();
        dialog.loadBytes(ExcelFile, QStringLiteral("clientes.csv"));
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.table()->item(0, 7)->text(), QStringLiteral("Ready"));
        QVERIFY(!dialog.table()->item(1, 7)->text().isEmpty());
        QVERIFY(dialog.table()->item(1, 7)->text() != QStringLiteral("Ready"));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.summary()->text().contains(QStringLiteral("UTF-8 BOM")));

        // Corrected in the spreadsheet and chosen again: on, and both customers are written.
        QByteArray fixed = ExcelFile;
        fixed.replace("12345678A", "");
        fixed.replace("Sin NIF bueno", "Pedro Ruiz");
        dialog.loadBytes(fixed, QStringLiteral("clientes.csv"));
        QVERIFY(dialog.importButton()->isEnabled());
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(dialog.imported(), 2);
        QCOMPARE(CustomerRepository(*db).search(QStringLiteral("Pedro Ruiz"))->size(), 1);
    }

    void aCustomersAssetsAreListedAndTheirHistoryAndLabelsOpen()
    {
        UiDatabase db;
        const Id customer = db.customer(QStringLiteral("Carmen López"));
        Asset a;
        a.customerId = customer;
        a.type = QStringLiteral("Caldera");
        a.model = QStringLiteral("Vaillant ecoTEC");
        a.installedOn = QDate(2024, 3, 1);
        auto id = AssetRegistry(*db).add(a, Actor{});
        QVERIFY(id.ok());
        AssetsPanel panel(Session{*db, Actor{}});
        panel.show();
        panel.setCustomer(customer);
        QCOMPARE(panel.table()->rowCount(), 1);
        QCOMPARE(panel.table()->item(0, 1)->text(), QStringLiteral("Vaillant ecoTEC"));

        AssetHistoryDialog history(Session{*db, Actor{}}, *id);
        history.show();
        QCOMPARE(history.table()->rowCount(), 1);  // registered
        QVERIFY(!history.addNote(QStringLiteral("   ")));
        QVERIFY(!MessageBox::lastMessage().isEmpty());
        QVERIFY(history.addNote(QStringLiteral("Purgado el circuito")));
        QCOMPARE(history.table()->rowCount(), 2);

        const QString pdf = db.dir.filePath(QStringLiteral("labels.pdf"));
        QVERIFY(panel.saveLabels(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void theReportsPageListsFailuresByModel()
    {
        UiDatabase db;
        const Id customer = db.customer(QStringLiteral("Carmen López"));
        Asset a;
        a.customerId = customer;
        a.type = QStringLiteral("Persiana");
        a.model = QStringLiteral("Motor Somfy");
        QVERIFY(AssetRegistry(*db).add(a, Actor{}).ok());
        AssetStatsPage page(Session{*db, Actor{}});
        page.show();
        page.loadOnce();
        QCOMPARE(page.modelsTable()->rowCount(), 1);
        QVERIFY(page.modelsTable()->item(0, 0)->text().contains(QStringLiteral("Motor Somfy")));
    }

    void aListOfWarrantiesEndingBecomesOrdersWithOneButton()
    {
        UiDatabase db;
        const Id customer = db.customer(QStringLiteral("Carmen López"));
        for (int days : {20, 45}) {
            Asset a;
            a.customerId = customer;
            a.type = QStringLiteral("Caldera");
            a.model = QStringLiteral("Vaillant %1").arg(days);
            a.warrantyUntil = Clock::today().addDays(days);
            QVERIFY(AssetRegistry(*db).add(a, Actor{}).ok());
        }
        AssetStatsPage page(Session{*db, Actor{}});
        page.show();
        page.loadOnce();
        QCOMPARE(page.warrantyTable()->rowCount(), 2);
        QVERIFY(page.orderWarrantyButton()->isEnabled());
        QVERIFY(!page.orderAgingButton()->isEnabled());  // nothing past its typical age here

        // The first row only: one order, naming that boiler.
        page.warrantyTable()->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        page.orderWarrantyButton()->click();
        QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("1 order")), qPrintable(MessageBox::lastMessage()));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM work_orders")), qint64(1));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM asset_orders")), qint64(1));

        // No row selected: the whole list; the boiler already ordered is left out and said so.
        page.warrantyTable()->clearSelection();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        page.orderWarrantyButton()->click();
        QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("left out")), qPrintable(MessageBox::lastMessage()));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM work_orders")), qint64(2));

        // Answering No makes nothing.
        MessageBox::setNextAnswer(QMessageBox::No);
        page.orderWarrantyButton()->click();
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM work_orders")), qint64(2));
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    TestAssetsUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_assets_ui.moc"
