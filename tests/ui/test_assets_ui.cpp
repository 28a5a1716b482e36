#include "core/assets/Assets.h"
#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/usecases/Maintenance.h"
#include "ui/customers/AssetDialogs.h"
#include "ui/customers/AssetsPanel.h"
#include "ui/orders/OrderEditor.h"
#include "ui/customers/CustomerImportDialog.h"
#include "ui/reports/AssetStatsPage.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlQuery>
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

    void anAssetIsAddedByHandEditedAndAStaleCopyIsRefused()
    {
        UiDatabase db;
        const Id customer = db.customer(QStringLiteral("Carmen López"));
        Site site;
        site.customerId = customer;
        site.address = QStringLiteral("Calle Alcalá 20");
        const Id siteId = *CustomerRepository(*db).addSite(site);
        Asset fresh;
        fresh.customerId = customer;
        AssetDialog add(Session{*db, Actor{}}, fresh);
        add.show();
        QCOMPARE(add.siteBox()->count(), 2);  // "(no site)" and Calle Alcalá
        QVERIFY(!add.save());                 // no type: refused, said so, nothing written
        QVERIFY(!MessageBox::lastMessage().isEmpty());
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM assets")), qint64(0));
        add.typeEdit()->setText(QStringLiteral("Caldera"));
        add.modelEdit()->setText(QStringLiteral("Vaillant ecoTEC plus"));
        add.siteBox()->setCurrentIndex(1);
        add.warrantyKnown()->setChecked(true);
        add.warrantyEdit()->setDate(QDate(2029, 5, 31));
        QVERIFY(add.save());
        auto saved = AssetRegistry(*db).find(add.savedId());
        QVERIFY(saved.ok());
        QCOMPARE(saved->siteId.value_or(0), siteId);
        QCOMPARE(saved->warrantyUntil, QDate(2029, 5, 31));

        AssetsPanel panel(Session{*db, Actor{}});
        panel.show();
        panel.setCustomer(customer);
        QCOMPARE(panel.table()->rowCount(), 1);
        QVERIFY(panel.editButton()->isEnabled());

        // Two windows open on the same asset: the second to save is told, and loses nothing it can see.
        AssetDialog first(Session{*db, Actor{}}, *saved);
        AssetDialog second(Session{*db, Actor{}}, *saved);
        first.modelEdit()->setText(QStringLiteral("Vaillant ecoTEC exclusive"));
        QVERIFY(first.save());
        second.modelEdit()->setText(QStringLiteral("Junkers"));
        MessageBox::clearLastMessage();
        QVERIFY(!second.save());
        QVERIFY(!MessageBox::lastMessage().isEmpty());
        QCOMPARE(AssetRegistry(*db).find(saved->id)->model, QStringLiteral("Vaillant ecoTEC exclusive"));
        QCOMPARE(second.modelEdit()->text(), QStringLiteral("Junkers"));
        panel.reload();
        QCOMPARE(panel.table()->item(0, 1)->text(), QStringLiteral("Vaillant ecoTEC exclusive"));
    }

    void aCompletedOrdersLinesAreRegisteredFromTheDesktopAndNotBefore()
    {
        UiDatabase db;
        const Id customer = db.customer(QStringLiteral("Carmen López"));
        NewWorkOrder n;
        n.customerId = customer;
        n.title = QStringLiteral("Ventanas salón");
        n.jobType = QStringLiteral("Installation");
        LineItem windows;
        windows.description = QStringLiteral("Ventana PVC 120×100");
        windows.quantity = 2000;
        windows.unitPrice = 30000;
        n.lines = {windows};
        auto order = WorkOrderService(*db).create(n, Actor{});
        QVERIFY(order.ok());

        RegisterLinesDialog dialog(Session{*db, Actor{}}, customer);
        dialog.show();
        QCOMPARE(dialog.orderBox()->count(), 1);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("Ventana"));
        QVERIFY(!dialog.registerChosen());  // the work is not done yet: refused, and said why
        QVERIFY(MessageBox::lastMessage().contains(order->number));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM assets")), qint64(0));

        // The work done (put there directly: the moves are the map's tests).
        QSqlQuery done((*db).connection());
        QVERIFY(done.exec(QStringLiteral("UPDATE work_orders SET step_id = (SELECT id FROM steps WHERE name = 'Work completed' AND "
                                    "workflow_version_id = %1) WHERE id = %2")
                              .arg(order->workflowVersionId)
                              .arg(order->id)));
        dialog.table()->item(0, 2)->setText(QStringLiteral("Ventana PVC oscilobatiente"));
        QVERIFY(dialog.registerChosen());
        QCOMPARE(dialog.registered(), 2);  // a line of 2 windows is 2 assets
        auto assets = AssetRegistry(*db).ofCustomer(customer);
        QCOMPARE(assets->size(), 2);
        QCOMPARE(assets->first().model, QStringLiteral("Ventana PVC oscilobatiente"));

        // Opened again: the line is shown as registered, not offered a second time.
        RegisterLinesDialog again(Session{*db, Actor{}}, customer);
        QVERIFY(!(again.table()->item(0, 0)->flags() & Qt::ItemIsEnabled));
    }

    void aSeasonalPlanIsMadeInTheDesktopAndShowsItsNextDates()
    {
        UiDatabase db;
        const Id customer = db.customer(QStringLiteral("Carmen López"));
        Site site;
        site.customerId = customer;
        site.address = QStringLiteral("Calle Alcalá 20");
        QVERIFY(CustomerRepository(*db).addSite(site).ok());
        MaintenancePlan p;
        p.customerId = customer;
        p.firstDue = QDate(2027, 6, 1);
        MaintenancePlanDialog dialog(Session{*db, Actor{}}, p);
        dialog.show();
        dialog.titleEdit()->setText(QStringLiteral("Revisión del aire acondicionado"));
        dialog.everyBox()->setValue(1);
        dialog.seasonBox()->setChecked(true);
        dialog.seasonFromBox()->setCurrentIndex(5);  // June
        dialog.seasonToBox()->setCurrentIndex(8);    // September
        // Dates with the year in full, as the dialog writes them.
        QString format = QLocale().dateFormat(QLocale::ShortFormat);
        if (!format.contains(QStringLiteral("yyyy")))
            format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
        QVERIFY2(dialog.scheduleLabel()->text().contains(QLocale().toString(QDate(2027, 9, 1), format)),
                 qPrintable(dialog.scheduleLabel()->text()));
        QVERIFY(!dialog.scheduleLabel()->text().contains(QLocale().toString(QDate(2027, 10, 1), format)));

        // A first date outside the season: said while typing, refused on saving.
        dialog.firstEdit()->setDate(QDate(2027, 3, 1));
        QVERIFY(dialog.scheduleLabel()->text().contains(QStringLiteral("outside the season")));
        QVERIFY(!dialog.save());
        QVERIFY(!MessageBox::lastMessage().isEmpty());
        dialog.firstEdit()->setDate(QDate(2027, 6, 1));
        QVERIFY(dialog.save());
        auto plan = MaintenancePlans(*db).find(dialog.savedId());
        QCOMPARE(plan->seasonFrom, 6);
        QCOMPARE(plan->seasonTo, 9);
        QVERIFY(plan->siteId.has_value());  // the first choice: all assets at the customer's site

        MaintenancePlansDialog plans(Session{*db, Actor{}}, customer);
        plans.show();
        QCOMPARE(plans.table()->rowCount(), 1);
        QVERIFY(plans.table()->item(0, 2)->text().contains(QLocale().standaloneMonthName(9)));
    }

    void aPhotoIsAddedToAnAssetAndOpensFromItsHistory()
    {
        UiDatabase db;
        const Id customer = db.customer(QStringLiteral("Carmen López"));
        Asset a;
        a.customerId = customer;
        a.type = QStringLiteral("Caldera");
        Id id = 0;
        {
            Clock::Override before{QDateTime(QDate(2026, 1, 5), QTime(10, 0))};
            id = *AssetRegistry(*db).add(a, Actor{});
        }
        AssetHistoryDialog history(Session{*db, Actor{}}, id);
        history.show();
        const QString notImage = db.dir.filePath(QStringLiteral("placa.txt"));
        QFile text(notImage);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a photo");
        text.close();
        QVERIFY(!history.addPhotoFile(notImage));
        QVERIFY(!MessageBox::lastMessage().isEmpty());
        QCOMPARE(history.table()->rowCount(), 1);

        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const QString png = db.dir.filePath(QStringLiteral("placa de la caldera.png"));
        QVERIFY(image.save(png));
        QVERIFY(history.addPhotoFile(png));
        QCOMPARE(history.table()->rowCount(), 2);
        QCOMPARE(history.table()->item(0, 1)->text(), QStringLiteral("Photo"));
        QDialog *shown = history.openPhoto(0);
        QVERIFY(shown != nullptr);
        QVERIFY(history.openPhoto(1) == nullptr);  // "registered" is not a photo
        delete shown;
    }

    void theOrderEditorNamesTheAssetsAnOrderIsAbout()
    {
        UiDatabase db;
        const Id customer = db.customer(QStringLiteral("Carmen López"));
        Asset a;
        a.customerId = customer;
        a.type = QStringLiteral("Caldera");
        a.model = QStringLiteral("Vaillant ecoTEC");
        const Id boiler = *AssetRegistry(*db).add(a, Actor{});
        NewWorkOrder n;
        n.customerId = customer;
        n.title = QStringLiteral("La caldera pierde agua");
        n.jobType = QStringLiteral("Repair");
        auto order = WorkOrderService(*db).create(n, Actor{});
        QVERIFY(order.ok());

        OrderEditor editor(Session{*db, Actor{}}, order->id);
        editor.show();
        QVERIFY(editor.assetsButton()->isEnabled());
        OrderAssetsDialog dialog(Session{*db, Actor{}}, customer, {}, AssetReason::Repair);
        QCOMPARE(dialog.table()->rowCount(), 1);
        dialog.choose(boiler, AssetReason::Repair);
        editor.chooseAssets(dialog.chosen());
        QCOMPARE(editor.assetsButton()->text(), QStringLiteral("Assets (1)…"));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM asset_orders")), qint64(0));  // only once saved
        QVERIFY(editor.save());
        QCOMPARE(AssetRegistry(*db).reasonsOf(order->id)->value(boiler), AssetReason::Repair);
        const auto history = *AssetRegistry(*db).history(boiler);  // the asset's history shows the order
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [&](const AssetHistoryEntry &e) { return e.orderNumber == order->number; }));
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
