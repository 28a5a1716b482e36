#include "common/Translations.h"
#include "staff/StaffView.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeEdit>

using namespace ordo;
using namespace ordo::test;

class TestStaffView final : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearLastMessage(); }

    void aNewPersonIsSavedWithTheirHoursAndTerritory()
    {
        UiDatabase db;
        StaffView view(*db);
        view.findChild<QLineEdit *>(QStringLiteral("staffName"))->setText(QStringLiteral("Ana Torres"));
        auto *role = view.findChild<QComboBox *>(QStringLiteral("staffRole"));
        role->setCurrentIndex(role->findData(static_cast<int>(Role::Sales)));
        view.findChild<QLineEdit *>(QStringLiteral("staffTerritory"))->setText(QStringLiteral("281, 282"));
        view.findChild<QTimeEdit *>(QStringLiteral("staffStart"))->setTime(QTime(9, 0));
        view.findChild<QTimeEdit *>(QStringLiteral("staffEnd"))->setTime(QTime(18, 0));
        QVERIFY(view.saveMember());
        auto ana = StaffRepository(*db).findByName(QStringLiteral("Ana Torres"));
        QVERIFY(ana.ok());
        QCOMPARE(ana->territory, (QStringList{QStringLiteral("281"), QStringLiteral("282")}));
        QCOMPARE(ana->hours.startMinute, 9 * 60);
        QCOMPARE(view.findChild<QListWidget *>(QStringLiteral("staffList"))->count(), 1);
    }

    void hoursThatEndBeforeTheyStartAreExplainedNextToTheForm()
    {
        UiDatabase db;
        StaffView view(*db);
        view.findChild<QLineEdit *>(QStringLiteral("staffName"))->setText(QStringLiteral("Rubén"));
        view.findChild<QTimeEdit *>(QStringLiteral("staffStart"))->setTime(QTime(18, 0));
        view.findChild<QTimeEdit *>(QStringLiteral("staffEnd"))->setTime(QTime(9, 0));
        QVERIFY(!view.saveMember());
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("staffError"))->text().contains(QStringLiteral("end after")));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM staff")), 0);
    }

    void someoneLeavingHandsTheirWorkOver()
    {
        UiDatabase db;
        const Id javier = db.staff(QStringLiteral("Javier Ruiz"), Role::Sales);
        const Id ana = db.staff(QStringLiteral("Ana Torres"), Role::Sales);
        NewWorkOrder n;
        n.customerId = db.customer(QStringLiteral("Carmen López"));
        n.title = QStringLiteral("Windows");
        n.assigneeId = javier;
        QVERIFY(WorkOrderService(*db).create(n, Actor{std::nullopt, QStringLiteral("Marta")}).ok());
        StaffView view(*db);
        auto *list = view.findChild<QListWidget *>(QStringLiteral("staffList"));
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().startsWith(QStringLiteral("Javier")))
                list->setCurrentRow(i);
        QVERIFY(view.leave(ana));
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("1 open order")));
        QCOMPARE(db.count(QStringLiteral("SELECT assignee_id FROM work_orders")), ana);
        QVERIFY(!view.findChild<QCheckBox *>(QStringLiteral("staffActive"))->isChecked());
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    ordo::installTranslations(app, QLocale(QLocale::English));
    TestStaffView test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_staff_view.moc"
