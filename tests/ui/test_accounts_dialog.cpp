#include "core/common/Translations.h"
#include "ui/main/AccountsDialog.h"
#include "ui/main/AccountsPages.h"
#include "core/people/Accounts.h"
#include "core/people/ApiTokens.h"

#include "support/Team.h"
#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

using namespace ordo;
using namespace ordo::test;

namespace {

// Ventanas Sol's people in a fresh database, and one of them signed in as the desktop does it.
struct Company
{
    explicit Company(Id Team::*who = &Team::pilar)
    {
        auto t = makeTeam(*db);
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
        team = *t;
        auto signedIn = signIn(team.*who, QString());
        QVERIFY2(signedIn.ok(), qPrintable(signedIn ? QString() : signedIn.error().message));
        actor = *signedIn;
    }

    Result<Actor> signIn(Id staffId, const QString &secret)
    {
        SignInAttempt attempt;
        attempt.staffId = staffId;
        attempt.secret = secret;
        attempt.source = QStringLiteral("desktop");
        return Accounts(*db).signIn(attempt);
    }

    Session session() { return Session{*db, actor}; }

    UiDatabase db;
    Team team;
    Actor actor;
};

template <typename T> T *child(QWidget *parent, const QString &name)
{
    return parent ? parent->findChild<T *>(name) : nullptr;
}

QTableWidgetItem *rowOf(QTableWidget *table, const QString &firstColumn)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == firstColumn)
            return table->item(r, 0);
    return nullptr;
}

void clickRow(QTableWidget *table, QTableWidgetItem *item)
{
    table->scrollToItem(item);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(item).center());
}

void click(QWidget *parent, const QString &name)
{
    auto *button = child<QAbstractButton>(parent, name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isEnabled(), qPrintable(name + QStringLiteral(" is disabled")));
    QTest::mouseClick(button, Qt::LeftButton);
}

// On the box itself: a check box with words is wider than what a click toggles.
void tick(QCheckBox *box)
{
    QVERIFY(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestAccountsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearLastMessage(); }

    void theOwnerSetsMartasPinAndOnlyThatPinSignsHerIn()
    {
        Company company;
        if (QTest::currentTestFailed())
            return;
        AccountsDialog dialog(company.session());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = child<QTableWidget>(&dialog, QStringLiteral("accountsTable"));
        QTableWidgetItem *marta = rowOf(table, QStringLiteral("Marta Sanz"));
        QVERIFY(marta);
        QCOMPARE(table->item(marta->row(), AccountsPeoplePage::SecretColumn)->text(), QStringLiteral("None"));
        clickRow(table, marta);
        click(&dialog, QStringLiteral("accountsSetPin"));

        auto *ask = child<QDialog>(&dialog, QStringLiteral("secretDialog"));
        QVERIFY(ask && ask->isVisible());
        auto *first = child<QLineEdit>(ask, QStringLiteral("secretFirst"));
        auto *second = child<QLineEdit>(ask, QStringLiteral("secretSecond"));
        auto *problem = child<QLabel>(ask, QStringLiteral("checkedProblem"));
        QCOMPARE(first->echoMode(), QLineEdit::Password);
        QCOMPARE(second->echoMode(), QLineEdit::Password);

        // A slip of the finger: the two entries differ; nothing is saved and nothing typed is lost.
        QTest::keyClicks(first, QStringLiteral("4821"));
        QTest::keyClicks(second, QStringLiteral("4812"));
        click(ask, QStringLiteral("checkedOk"));
        QVERIFY(ask->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("differ")), qPrintable(problem->text()));
        QCOMPARE(first->text(), QStringLiteral("4821"));
        QCOMPARE(second->text(), QStringLiteral("4812"));

        // Too short: the core's rule, shown in the dialog.
        retype(first, QStringLiteral("48"));
        retype(second, QStringLiteral("48"));
        click(ask, QStringLiteral("checkedOk"));
        QVERIFY(ask->isVisible());
        QCOMPARE(problem->text(), Accounts::secretProblem(SecretKind::Pin, QStringLiteral("48")));
        QCOMPARE(first->text(), QStringLiteral("48"));
        QCOMPARE(Accounts(*company.db).find(company.team.marta)->secret, SecretKind::None);

        retype(first, QStringLiteral("4821"));
        retype(second, QStringLiteral("4821"));
        click(ask, QStringLiteral("checkedOk"));
        QTRY_VERIFY(!child<QDialog>(&dialog, QStringLiteral("secretDialog")));
        marta = rowOf(table, QStringLiteral("Marta Sanz"));
        QCOMPARE(table->item(marta->row(), AccountsPeoplePage::SecretColumn)->text(), QStringLiteral("PIN"));

        QVERIFY(!company.signIn(company.team.marta, QString()).ok());
        QVERIFY(!company.signIn(company.team.marta, QStringLiteral("4812")).ok());
        QVERIFY(company.signIn(company.team.marta, QStringLiteral("4821")).ok());
    }

    void aPersonWaitingAfterWrongPinsIsShownAndANewPinEndsTheWait()
    {
        Company company;
        if (QTest::currentTestFailed())
            return;
        QVERIFY(Accounts(*company.db)
                    .setSecret(company.team.lucia, SecretKind::Pin, QStringLiteral("1111"), company.actor)
                    .ok());
        for (int i = 0; i < Accounts::FreeAttempts; ++i)
            QVERIFY(!company.signIn(company.team.lucia, QStringLiteral("9999")).ok());
        QVERIFY(!company.signIn(company.team.lucia, QStringLiteral("1111"))
                     .ok()); // waiting, even with the right PIN

        AccountsDialog dialog(company.session());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = child<QTableWidget>(&dialog, QStringLiteral("accountsTable"));
        QTableWidgetItem *lucia = rowOf(table, QStringLiteral("Lucía Romero"));
        const QString waiting = table->item(lucia->row(), AccountsPeoplePage::SecretColumn)->text();
        QVERIFY2(waiting.startsWith(QStringLiteral("PIN, waiting until ")), qPrintable(waiting));

        clickRow(table, lucia);
        click(&dialog, QStringLiteral("accountsSetPin"));
        auto *ask = child<QDialog>(&dialog, QStringLiteral("secretDialog"));
        QVERIFY(ask);
        QTest::keyClicks(child<QLineEdit>(ask, QStringLiteral("secretFirst")), QStringLiteral("2468"));
        QTest::keyClicks(child<QLineEdit>(ask, QStringLiteral("secretSecond")), QStringLiteral("2468"));
        click(ask, QStringLiteral("checkedOk"));
        QTRY_VERIFY(!child<QDialog>(&dialog, QStringLiteral("secretDialog")));
        lucia = rowOf(table, QStringLiteral("Lucía Romero"));
        QCOMPARE(table->item(lucia->row(), AccountsPeoplePage::SecretColumn)->text(), QStringLiteral("PIN"));
        QVERIFY(company.signIn(company.team.lucia, QStringLiteral("2468")).ok());
    }

    void aPasswordTooShortIsExplainedInTheDialogAndAUsernameChanges()
    {
        Company company;
        if (QTest::currentTestFailed())
            return;
        AccountsDialog dialog(company.session());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = child<QTableWidget>(&dialog, QStringLiteral("accountsTable"));
        clickRow(table, rowOf(table, QStringLiteral("Javier Ruiz")));
        click(&dialog, QStringLiteral("accountsSetPassword"));
        auto *ask = child<QDialog>(&dialog, QStringLiteral("secretDialog"));
        QVERIFY(ask);
        QTest::keyClicks(child<QLineEdit>(ask, QStringLiteral("secretFirst")), QStringLiteral("short"));
        QTest::keyClicks(child<QLineEdit>(ask, QStringLiteral("secretSecond")), QStringLiteral("short"));
        click(ask, QStringLiteral("checkedOk"));
        QCOMPARE(child<QLabel>(ask, QStringLiteral("checkedProblem"))->text(),
                 QStringLiteral("A password needs at least 8 characters."));
        QTest::keyClicks(child<QLineEdit>(ask, QStringLiteral("secretFirst")), QStringLiteral(" and longer"));
        QTest::keyClicks(child<QLineEdit>(ask, QStringLiteral("secretSecond")),
                         QStringLiteral(" and longer"));
        click(ask, QStringLiteral("checkedOk"));
        QTRY_VERIFY(!child<QDialog>(&dialog, QStringLiteral("secretDialog")));

        // Another person's username is refused by the core, inside the dialog.
        click(&dialog, QStringLiteral("accountsUsername"));
        auto *rename = child<QDialog>(&dialog, QStringLiteral("usernameDialog"));
        QVERIFY(rename);
        auto *edit = child<QLineEdit>(rename, QStringLiteral("usernameEdit"));
        const QString martas = Accounts(*company.db).find(company.team.marta)->username;
        retype(edit, martas);
        click(rename, QStringLiteral("checkedOk"));
        QVERIFY(rename->isVisible());
        QVERIFY(child<QLabel>(rename, QStringLiteral("checkedProblem"))
                    ->text()
                    .contains(QStringLiteral("Marta Sanz")));
        QCOMPARE(edit->text(), martas);
        retype(edit, QStringLiteral("jruiz"));
        click(rename, QStringLiteral("checkedOk"));
        QTRY_VERIFY(!child<QDialog>(&dialog, QStringLiteral("usernameDialog")));
        SignInAttempt byName;
        byName.username = QStringLiteral("jruiz");
        byName.secret = QStringLiteral("short and longer");
        byName.source = QStringLiteral("cli");
        QVERIFY(Accounts(*company.db).signIn(byName).ok());

        // Removing it asks first.
        clickRow(table, rowOf(table, QStringLiteral("Javier Ruiz")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(&dialog, QStringLiteral("accountsRemoveSecret"));
        QCOMPARE(Accounts(*company.db).find(company.team.javier)->secret, SecretKind::None);
    }

    void theOwnerTakesIssuingInvoicesFromTheOffice()
    {
        Company company;
        if (QTest::currentTestFailed())
            return;
        AccountsDialog dialog(company.session());
        QSignalSpy changed(&dialog, &AccountsDialog::permissionsChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showTab(AccountsDialog::PermissionsTab);
        auto *issue = child<QCheckBox>(&dialog, QStringLiteral("permission/office/invoices.issue"));
        QVERIFY(issue && issue->isChecked());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("permissionsSave"))->isEnabled());
        tick(issue);
        QVERIFY(!issue->isChecked());
        click(&dialog, QStringLiteral("permissionsSave"));

        auto office = Accounts(*company.db).permissionsOf(AccessRole::Office);
        QVERIFY(office.ok());
        QVERIFY(!office->has(Permission::IssueInvoices));
        QVERIFY(office->has(Permission::DraftInvoices));
        QCOMPARE(changed.count(), 1);
        QVERIFY(MessageBox::lastMessage().isEmpty());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("permissionsSave"))->isEnabled());
        QVERIFY(!company.signIn(company.team.marta, QString())->can(Permission::IssueInvoices));
    }

    void aRefusedSaveIsShownAndKeepsTheTicks()
    {
        Company company;
        if (QTest::currentTestFailed())
            return;
        AccountsDialog dialog(company.session());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showTab(AccountsDialog::PermissionsTab);
        auto *ownerManages = child<QCheckBox>(&dialog, QStringLiteral("permission/owner/users.manage"));
        auto *salesDraft = child<QCheckBox>(&dialog, QStringLiteral("permission/sales/invoices.draft"));
        tick(ownerManages);
        tick(salesDraft);
        click(&dialog, QStringLiteral("permissionsSave"));

        QVERIFY2(MessageBox::lastMessage().contains(
                     QStringLiteral("The owner keeps the permission to manage accounts")),
                 qPrintable(MessageBox::lastMessage()));
        QVERIFY(!ownerManages->isChecked());
        QVERIFY(!salesDraft->isChecked());
        QVERIFY(Accounts(*company.db).permissionsOf(AccessRole::Owner)->has(Permission::ManageUsers));
        // The role the core accepted is saved; the refused one waits, still ticked as the owner left it.
        QVERIFY(!Accounts(*company.db).permissionsOf(AccessRole::Sales)->has(Permission::DraftInvoices));
        QVERIFY(child<QPushButton>(&dialog, QStringLiteral("permissionsSave"))->isEnabled());

        // Closing asks about what is not saved; Cancel stays with the ticks.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        click(&dialog, QStringLiteral("accountsClose"));
        QVERIFY(dialog.isVisible());
        QVERIFY(!ownerManages->isChecked());
        tick(ownerManages);
        click(&dialog, QStringLiteral("accountsClose"));
        QVERIFY(!dialog.isVisible());
    }

    void aNewTokenIsShownOnceAndSignsIn()
    {
        Company company;
        if (QTest::currentTestFailed())
            return;
        AccountsDialog dialog(company.session());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showTab(AccountsDialog::TokensTab);
        click(&dialog, QStringLiteral("tokensCreate"));
        auto *ask = child<QDialog>(&dialog, QStringLiteral("newTokenDialog"));
        QVERIFY(ask && ask->isVisible());

        click(ask, QStringLiteral("checkedOk")); // no name yet: the core says what a name is for
        QVERIFY(child<QLabel>(ask, QStringLiteral("checkedProblem"))
                    ->text()
                    .contains(QStringLiteral("backup-job")));
        QVERIFY(!child<QLineEdit>(ask, QStringLiteral("tokenSecret"))->isVisible());

        QTest::keyClicks(child<QLineEdit>(ask, QStringLiteral("tokenName")), QStringLiteral("backup-job"));
        click(ask, QStringLiteral("checkedOk"));
        auto *secret = child<QLineEdit>(ask, QStringLiteral("tokenSecret"));
        QVERIFY(secret->isVisible());
        QVERIFY(secret->isReadOnly());
        const QString token = secret->text();
        QVERIFY(token.size() >= 20);
        QVERIFY(child<QLabel>(ask, QStringLiteral("tokenOnce"))
                    ->text()
                    .contains(QStringLiteral("It will not be shown again")));
        click(ask, QStringLiteral("tokenCopy"));
        QCOMPARE(QGuiApplication::clipboard()->text(), token);

        auto job = ApiTokens(*company.db).signIn(token);
        QVERIFY2(job.ok(), qPrintable(job ? QString() : job.error().message));
        QCOMPARE(job->name, QStringLiteral("API: backup-job"));
        QCOMPARE(job->role, std::optional(AccessRole::Office));

        click(ask, QStringLiteral("checkedCancel"));
        QTRY_VERIFY(!child<QDialog>(&dialog, QStringLiteral("newTokenDialog")));
        for (auto *edit : dialog.findChildren<QLineEdit *>())
            QVERIFY(!edit->text().contains(token));
        for (auto *label : dialog.findChildren<QLabel *>())
            QVERIFY(!label->text().contains(token));

        auto *table = child<QTableWidget>(&dialog, QStringLiteral("tokensTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, ApiTokensPage::StateColumn)->text(), QStringLiteral("Active"));
        clickRow(table, table->item(0, 0));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(&dialog, QStringLiteral("tokensRevoke"));
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("backup-job")));
        QVERIFY(!ApiTokens(*company.db).signIn(token).ok());
        QVERIFY(table->item(0, ApiTokensPage::StateColumn)->text().startsWith(QStringLiteral("Revoked")));
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("tokensRevoke"))->isEnabled());
    }

    void requiringASecretSaysWhoCouldNotSignIn()
    {
        Company company;
        if (QTest::currentTestFailed())
            return;
        AccountsDialog dialog(company.session());
        QSignalSpy changed(&dialog, &AccountsDialog::securityChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showTab(AccountsDialog::SecurityTab);
        tick(child<QCheckBox>(&dialog, QStringLiteral("securityRequireSecret")));
        auto *idle = child<QSpinBox>(&dialog, QStringLiteral("securityIdleLock"));
        QCOMPARE(idle->text(), QStringLiteral("Never"));
        idle->setFocus();
        QTest::keyClick(idle, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(idle, QStringLiteral("15"));
        QCOMPARE(idle->value(), 15);
        tick(child<QCheckBox>(&dialog, QStringLiteral("securityAllowUnsigned")));

        QVERIFY(child<QCheckBox>(&dialog, QStringLiteral("securityRequireSecret"))->isChecked());
        MessageBox::setNextAnswer(QMessageBox::No);
        click(&dialog, QStringLiteral("securitySave"));
        QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("Marta Sanz")),
                 qPrintable(MessageBox::lastMessage()));
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("That includes you")));
        QVERIFY(!Accounts(*company.db).security()->requireSecret);
        QCOMPARE(changed.count(), 0);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(&dialog, QStringLiteral("securitySave"));
        auto saved = Accounts(*company.db).security();
        QVERIFY(saved->requireSecret);
        QCOMPARE(saved->idleLockMinutes, 15);
        QVERIFY(!saved->allowUnsigned);
        QCOMPARE(changed.count(), 1);
        auto *table = child<QTableWidget>(&dialog, QStringLiteral("accountsTable"));
        QCOMPARE(
            table->item(rowOf(table, QStringLiteral("Marta Sanz"))->row(), AccountsPeoplePage::SecretColumn)
                ->text(),
            QStringLiteral("None: cannot sign in yet"));
    }

    void someoneWithoutManageAccountsSeesAReadOnlyDialogAndMaySetTheirOwnPin()
    {
        Company company(&Team::marta);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!company.actor.can(Permission::ManageUsers));
        AccountsDialog dialog(company.session());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *notice = child<QLabel>(&dialog, QStringLiteral("accountsReadOnly"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY(notice->text().contains(displayName(Permission::ManageUsers)));

        auto *table = child<QTableWidget>(&dialog, QStringLiteral("accountsTable"));
        clickRow(table, rowOf(table, QStringLiteral("Lucía Romero")));
        for (const char *name :
             {"accountsSetPin", "accountsSetPassword", "accountsRemoveSecret", "accountsUsername"})
            QVERIFY2(!child<QPushButton>(&dialog, QLatin1String(name))->isEnabled(), name);
        QVERIFY(!child<QCheckBox>(&dialog, QStringLiteral("permission/office/invoices.issue"))->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("securitySave"))->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("tokensCreate"))->isEnabled());

        clickRow(table, rowOf(table, QStringLiteral("Marta Sanz")));
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("accountsUsername"))->isEnabled());
        click(&dialog, QStringLiteral("accountsSetPin"));
        auto *ask = child<QDialog>(&dialog, QStringLiteral("secretDialog"));
        QVERIFY(ask);
        QTest::keyClicks(child<QLineEdit>(ask, QStringLiteral("secretFirst")), QStringLiteral("3579"));
        QTest::keyClicks(child<QLineEdit>(ask, QStringLiteral("secretSecond")), QStringLiteral("3579"));
        click(ask, QStringLiteral("checkedOk"));
        QTRY_VERIFY(!child<QDialog>(&dialog, QStringLiteral("secretDialog")));
        QVERIFY(company.signIn(company.team.marta, QStringLiteral("3579")).ok());
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    ordo::installTranslations(app, QLocale(QLocale::English));
    TestAccountsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_accounts_dialog.moc"
