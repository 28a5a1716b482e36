#include "ui/billing/CatalogueDialog.h"
#include "ui/common/LinesEditor.h"
#include "ui/orders/OrderEditor.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace ordo;
using namespace ordo::test;

namespace {

void addItem(Database &db, const QString &code, const QString &description, Cents price, BasisPoints vat)
{
    CatalogueItem item;
    item.code = code;
    item.description = description;
    item.unitPrice = price;
    item.vatRate = vat;
    QVERIFY(Catalogue(db).add(item, Actor{}).ok());
}

QString writeFile(UiDatabase &db, const QString &name, const QByteArray &text)
{
    const QString path = db.dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text);
    return path;
}

} // namespace

class TestCatalogueUi final : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearLastMessage(); }

    void typingALineOffersTheCatalogueAndPickingFillsPriceAndVat()
    {
        UiDatabase db;
        addItem(*db, QStringLiteral("PERS-ALU"), QStringLiteral("Persiana de aluminio térmico"), 16400, 1000);
        addItem(*db, QStringLiteral("MOSQ"), QStringLiteral("Mosquitera enrollable"), 7800, 2100);
        const WorkOrder order = db.order(QStringLiteral("Blinds"), db.customer(QStringLiteral("Carmen López")));
        OrderEditor editor(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, order.id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *tabs = editor.findChild<QTabWidget *>();
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
        QTest::mouseClick(child<QPushButton>(editor, "addLine"), Qt::LeftButton);
        auto *lines = child<QTableWidget>(editor, "linesTable");
        const int row = lines->rowCount() - 1;
        auto *cell = qobject_cast<QLineEdit *>(lines->indexWidget(lines->model()->index(row, 0)));
        QVERIFY2(cell, "the description did not open for typing");

        typeText(cell, QStringLiteral("termico"));  // no accent typed, one in the catalogue
        QCompleter *completer = cell->completer();
        QVERIFY(completer);
        QAbstractItemView *popup = completer->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1);
        QVERIFY(popup->model()->index(0, 0).data().toString().contains(QStringLiteral("PERS-ALU")));
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(cell->text(), QStringLiteral("Persiana de aluminio térmico"));
        QCOMPARE(lines->item(row, 2)->text(), money::formatCents(16400, QLocale()));
        QCOMPARE(lines->item(row, 3)->text(), money::formatRate(1000, QLocale()).remove(QStringLiteral(" %")));

        // The line stays the user's: a quantity and another price are typed over what was picked.
        QTest::keyClick(cell, Qt::Key_Tab);
        retype(lines->indexWidget(lines->model()->index(row, 1)), QStringLiteral("2"));
        QTest::keyClick(lines->indexWidget(lines->model()->index(row, 1)), Qt::Key_Tab);
        retype(lines->indexWidget(lines->model()->index(row, 2)), QStringLiteral("150"));
        QTest::keyClick(lines->indexWidget(lines->model()->index(row, 2)), Qt::Key_Tab);
        QVERIFY(editor.save());
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM line_items WHERE description = 'Persiana de aluminio térmico' "
                                         "AND unit_price = 15000 AND vat_rate = 1000 AND quantity = 2000")),
                 1);
    }

    void aBadCsvFileNamesItsLineAndImportsNothingAndAGoodOneFillsTheList()
    {
        UiDatabase db;
        CatalogueDialog dialog(Session{*db, Actor{}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.table()->rowCount(), 0);
        const QString bad = writeFile(db, QStringLiteral("bad.csv"), "codigo;descripcion;precio;iva\nA;Uno;10;21\nB;Dos;10;7\n");
        QVERIFY(!dialog.importFile(bad));
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("Line 3")));
        QCOMPARE(dialog.table()->rowCount(), 0);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM catalogue_items")), 0);

        const QString good = writeFile(db, QStringLiteral("good.csv"),
                                       QStringLiteral("codigo;descripcion;precio;iva\nVPVC;Ventana PVC;320,00;21\nDESP;Desplazamiento;25;21%\n").toUtf8());
        QVERIFY(dialog.importFile(good));
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("DESP"));

        typeText(child<QLineEdit>(dialog, "catalogueSearch"), QStringLiteral("ventana"));
        QCOMPARE(dialog.table()->rowCount(), 1);
        clickIndex(dialog.table(), dialog.table()->model()->index(0, 1));
        QTest::mouseClick(child<QPushButton>(dialog, "catalogueActive"), Qt::LeftButton);
        QCOMPARE(dialog.table()->rowCount(), 0);  // deactivated: no longer found
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM catalogue_items WHERE code = 'VPVC' AND active = 0")), 1);
    }

    void withoutThePermissionTheCatalogueIsOnlyShown()
    {
        UiDatabase db;
        addItem(*db, QStringLiteral("A"), QStringLiteral("Uno"), 100, 2100);
        Actor rosa{std::nullopt, QStringLiteral("Rosa"), ActorKind::Person, defaultPermissions(AccessRole::Office)};
        rosa.permissions.set(Permission::ManageCompany, false);
        CatalogueDialog dialog(Session{*db, rosa});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QVERIFY(!child<QPushButton>(dialog, "catalogueAdd")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "catalogueImport")->isEnabled());
        QVERIFY(!child<QLabel>(dialog, "catalogueStatus")->text().isEmpty());
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    TestCatalogueUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_catalogue_ui.moc"
