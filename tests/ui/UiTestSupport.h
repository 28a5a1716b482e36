#pragma once

#include "ui/common/KeychainSecretStore.h"
#include "ui/common/MessageBox.h"
#include "core/demo/DemoGenerator.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/people/StaffRepository.h"
#include "core/storage/Database.h"
#include "core/usecases/Company.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QPointer>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <memory>

namespace ordo::test {

// A fresh database in a temporary folder for one UI test.
struct UiDatabase
{
    UiDatabase()
    {
        auto opened = openCompany(dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        db = std::move(*opened);
        MessageBox::setTestMode(true);
        MessageBox::clearLastMessage();
    }
    Database &operator*() { return *db; }

    void demo(DemoSize size = DemoSize::Small)
    {
        DemoGenerator::Options options;
        options.size = size;
        options.now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone("Europe/Madrid"));
        QVERIFY(DemoGenerator(*db).generate(options).ok());
    }

    // With a postcode, as a visit to an estimate or an installation needs one.
    Id customer(const QString &name, const QString &phone = QString(), const QString &postcode = QStringLiteral("28013"))
    {
        Customer c;
        c.name = name;
        c.phone = phone;
        c.postcode = postcode;
        return *CustomerRepository(*db).add(c);
    }

    Id staff(const QString &name, Role role)
    {
        StaffMember m;
        m.name = name;
        m.role = role;
        return *StaffRepository(*db).add(m);
    }

    WorkOrder order(const QString &title, Id customerId)
    {
        NewWorkOrder n;
        n.customerId = customerId;
        n.title = title;
        return *WorkOrderService(*db).create(n, Actor{std::nullopt, QStringLiteral("Test")});
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    // The desktop's store; tests have no keyring (TestEnvironment.h), so it keeps secrets in its
    // private file, here in this test's folder.
    KeychainSecretStore secrets{nullptr, dir.filePath(QStringLiteral("secrets.json"))};
};

// The widget of that object name under `parent`; the test stops at once when there is none.
template<typename T>
T *child(const QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return w;
}

// Types as a Spanish keyboard does. QTest::keyClicks knows ASCII only (and asserts on "ó"): a letter
// such as á, é, ñ or ü arrives as its one key with its text, as from a real keyboard.
inline void typeText(QWidget *field, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(field, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
    }
}

// Replaces a field's text as a user would: everything in it selected (Ctrl+A), then typed over key
// by key, or deleted when `text` is empty.
inline void retype(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        typeText(field, text);
}

// Clicks a row (or a cell) of a list or table with the mouse, scrolled into view first.
inline void clickIndex(QAbstractItemView *view, const QModelIndex &index, Qt::KeyboardModifiers modifiers = {})
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

// Edits a cell as a user does: clicked, F2, its text typed over, Enter.
inline void editCell(QAbstractItemView *view, const QModelIndex &index, const QString &text)
{
    clickIndex(view, index);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = view->indexWidget(index);
    QVERIFY2(editor, "the cell did not open for typing");
    retype(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!view->indexWidget(index));  // Enter commits once the event loop turns
}

// Clicks a check box on its box: a box stretched across a form takes clicks only on the box and
// its words, not in the empty space the centre of the widget may be.
inline void clickCheckBox(QCheckBox *box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    option.text = box->text();
    const QRect target = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, target.center());
}

// Moves a closed list (a combo box) to the item of `index` with the arrow keys, as a keyboard user
// does; each step is a choice the list reports (activated).
inline void chooseByKeys(QComboBox *combo, int index)
{
    QVERIFY2(index >= 0 && index < combo->count(), "no such item in the list");
    combo->setFocus();
    for (int steps = 0; combo->currentIndex() != index && steps < combo->count(); ++steps)
        QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), index);
}

// The next QInputDialog to open (a question asked with exec(), which does not return until it is
// answered) gets its answer as a user gives it: `text` typed into its field, or the item starting
// with `text` chosen in its list; then OK clicked. Call just before the click that opens it.
inline void answerNextInputDialog(const QString &text)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, tries, text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++*tries > 500)  // five seconds: the question never came
                poll->deleteLater();
            return;
        }
        poll->deleteLater();
        if (auto *list = dialog->findChild<QComboBox *>(); list && list->isVisible())
            chooseByKeys(list, list->findText(text, Qt::MatchStartsWith));
        else
            retype(dialog->findChild<QLineEdit *>(), text);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    poll->start();
}

// The next input dialogs, one after the other: each gets its answer as in answerNextInputDialog.
inline void answerNextInputDialogs(const QStringList &answers)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    auto state = std::make_shared<std::pair<int, QPointer<QInputDialog>>>(0, nullptr);   // answered, last dialog
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, state, tries, answers] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog == state->second) {
            if (++*tries > 500)
                poll->deleteLater();
            return;
        }
        *tries = 0;
        state->second = dialog;
        const QString text = answers.at(state->first++);
        if (state->first >= answers.size())
            poll->deleteLater();
        if (auto *list = dialog->findChild<QComboBox *>(); list && list->isVisible())
            chooseByKeys(list, list->findText(text, Qt::MatchStartsWith));
        else
            retype(dialog->findChild<QLineEdit *>(), text);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    poll->start();
}

} // namespace ordo::test
