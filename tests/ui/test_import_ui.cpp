#include "core/assets/Assets.h"
#include "core/usecases/CsvTransfer.h"
#include "ui/customers/CustomerImportDialog.h"
#include "ui/customers/CustomersView.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QPushButton>
#include <QTableWidget>

using namespace ordo;
using namespace ordo::test;

namespace {

QByteArray excel(const QString &text)
{
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

// Carmen, with the site at her address that a customers' import makes.
void addCarmen(Database &db)
{
    auto done = CsvTransfer(db).importCustomers(excel(QStringLiteral("Nombre;NIF;Dirección;Ciudad\r\n"
                                                                     "Carmen Núñez;12345678Z;Calle Mayor 3;Madrid\r\n")),
                                                Actor{});
    QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message));
}

QString headerText(QTableWidget *table, int column)
{
    return table->horizontalHeaderItem(column)->text();
}

} // namespace

class TestImportUi final : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearLastMessage(); }

    void theUserSaysWhatTheFileHoldsAndSeesEachAssetRowsProblem()
    {
        UiDatabase db;
        addCarmen(*db);
        CustomerImportDialog dialog(Session{*db, Actor{}});
        dialog.show();
        dialog.setKind(ImportKind::Assets);
        QVERIFY(dialog.summary()->text().contains(QStringLiteral("Nº de serie")));  // what to write, before a file is chosen
        const QByteArray broken = excel(QStringLiteral("NIF;Dirección;Tipo;Nº de serie;Fecha de instalación\r\n"
                                                       "12345678Z;Calle Mayor 3;Ventana;SN-1;31/12/2024\r\n"
                                                       "99999999R;;Caldera;;2024-02-30\r\n"));
        dialog.loadBytes(broken, QStringLiteral("activos.csv"));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(headerText(table, 3), QStringLiteral("Type"));
        const int problems = table->columnCount() - 1;
        QCOMPARE(headerText(table, problems), QStringLiteral("Problems"));
        QCOMPARE(table->item(0, problems)->text(), QStringLiteral("Ready"));
        QCOMPARE(table->item(1, problems)->text(), QStringLiteral("No customer has the NIF 99999999R.\n"
                                                                  "“2024-02-30” is not a date (write 31/12/2024 or 2024-12-31)."));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY2(dialog.summary()->text().startsWith(QStringLiteral("activos.csv (UTF-8 BOM, “;”): 2 asset")),
                 qPrintable(dialog.summary()->text()));

        // The same file read as customers: it has no name column, and says so.
        dialog.kindChoice()->setCurrentIndex(dialog.kindChoice()->findData(int(ImportKind::Customers)));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(dialog.summary()->text().contains(QStringLiteral("cannot be imported")));
        QVERIFY(!dialog.importButton()->isEnabled());

        dialog.setKind(ImportKind::Assets);
        QByteArray fixed = broken;
        fixed.truncate(fixed.indexOf("99999999R"));
        dialog.loadBytes(fixed, QStringLiteral("activos.csv"));
        QVERIFY(dialog.importButton()->isEnabled());
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(dialog.imported(), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM assets WHERE serial = 'SN-1' AND site_id IS NOT NULL")), qint64(1));
        QVERIFY2(MessageBox::lastMessage().contains(QRegularExpression(QStringLiteral("^1 asset(\\(s\\))? imported\\."))),
                 qPrintable(MessageBox::lastMessage()));
    }

    void openOrdersAndSitesImportAllOrNothing()
    {
        UiDatabase db;
        db.staff(QStringLiteral("Rosa Recepción"), Role::Reception);
        addCarmen(*db);
        CustomerImportDialog dialog(Session{*db, Actor{}});
        dialog.setKind(ImportKind::Orders);
        dialog.loadBytes(excel(QStringLiteral("Cliente;Título;Fecha límite;Importe\r\n"
                                              "Carmen Núñez;Cambiar ventanas;15/01/2027;1.200,00\r\n"
                                              "Carmen Núñez;Cambiar ventanas;;\r\n")),
                         QStringLiteral("pedidos.csv"));
        QCOMPARE(dialog.table()->rowCount(), 2);
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM work_orders")), qint64(0));
        dialog.loadBytes(excel(QStringLiteral("Cliente;Título;Fecha límite;Importe\r\n"
                                              "Carmen Núñez;Cambiar ventanas;15/01/2027;1.200,00\r\n")),
                         QStringLiteral("pedidos.csv"));
        QCOMPARE(dialog.table()->item(0, 6)->text(), QStringLiteral("1200,00"));
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY(dialog.importNow());
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM work_orders WHERE title = 'Cambiar ventanas'")), qint64(1));

        dialog.setKind(ImportKind::Sites);
        dialog.loadBytes(excel(QStringLiteral("Cliente;Dirección;Ciudad\r\nCarmen Núñez;Calle del Pez 8;Madrid\r\n")),
                         QStringLiteral("obras.csv"));
        QVERIFY(dialog.importNow());
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM sites")), qint64(2));
    }

    void theCustomersPageExportsCustomersSitesAndAssets()
    {
        UiDatabase db;
        addCarmen(*db);
        CustomersView view(*db);
        auto *button = view.findChild<QPushButton *>(QStringLiteral("exportCustomersButton"));
        QVERIFY(button);
        QVERIFY(button->menu());
        QCOMPARE(button->menu()->actions().size(), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clientes.csv"));
        QVERIFY(view.exportTo(ImportKind::Customers, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("Carmen Núñez;12345678Z;"));
        QVERIFY(!view.exportTo(ImportKind::Assets, dir.filePath(QStringLiteral("no/such/folder/activos.csv"))));
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("Could not write")));
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    TestImportUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_import_ui.moc"
