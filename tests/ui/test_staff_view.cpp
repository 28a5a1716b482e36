#include "core/common/Translations.h"
#include "ui/staff/StaffView.h"

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

namespace {

// Tabbing into a time field selects its hours; digits fill a section, the colon goes to the next.
void typeTime(QTimeEdit *field, const QString &hhmm)
{
    field->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(field, hhmm);
    QTest::keyClick(field, Qt::Key_Tab);
}

} // namespace

class TestStaffView final : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearLastMessage(); }

    void aNewPersonIsSavedWithTheirHoursAndTerritory()
    {
        UiDatabase db;
        StaffView view(*db);
        view.QWidget::show();  // StaffView::show(member) shows a person
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::keyClicks(child<QLineEdit>(view, "staffName"), QStringLiteral("Ana Torres"));
        auto *role = child<QComboBox>(view, "staffRole");
        chooseByKeys(role, role->findData(static_cast<int>(Role::Sales)));
        QTest::keyClicks(child<QLineEdit>(view, "staffTerritory"), QStringLiteral("281, 282"));
        typeTime(child<QTimeEdit>(view, "staffStart"), QStringLiteral("09:00"));
        typeTime(child<QTimeEdit>(view, "staffEnd"), QStringLiteral("18:00"));
        QTest::mouseClick(child<QPushButton>(view, "saveStaff"), Qt::LeftButton);
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
        view.QWidget::show();  // StaffView::show(member) shows a person
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        typeText(child<QLineEdit>(view, "staffName"), QStringLiteral("Rubén"));
        typeTime(child<QTimeEdit>(view, "staffStart"), QStringLiteral("18:00"));
        typeTime(child<QTimeEdit>(view, "staffEnd"), QStringLiteral("09:00"));
        QTest::mouseClick(child<QPushButton>(view, "saveStaff"), Qt::LeftButton);
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
        view.QWidget::show();  // StaffView::show(member) shows a person
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *list = child<QListWidget>(view, "staffList");
        const auto javiers = list->findItems(QStringLiteral("Javier"), Qt::MatchStartsWith);
        QCOMPARE(javiers.size(), 1);
        clickIndex(list, list->model()->index(list->row(javiers.first()), 0));
        QCOMPARE(child<QLineEdit>(view, "staffName")->text(), QStringLiteral("Javier Ruiz"));
        answerNextInputDialog(QStringLiteral("Ana Torres"));  // who takes over
        QTest::mouseClick(child<QPushButton>(view, "staffLeaves"), Qt::LeftButton);
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
