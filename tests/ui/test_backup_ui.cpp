#include "ui/main/BackupDialogs.h"
#include "ui/main/MainWindow.h"

#include "core/common/Translations.h"
#include "core/storage/Backup.h"
#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QAction>
#include <QStatusBar>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

using namespace ordo;
using namespace ordo::test;

namespace {

// Opens the menu that holds `action` from the window's menu bar and clicks the action in it.
void clickInMenu(QMainWindow &window, QAction *action)
{
    QMenu *menu = nullptr;
    for (QObject *o : action->associatedObjects())
        if ((menu = qobject_cast<QMenu *>(o)))
            break;
    QVERIFY(menu);
    QMenuBar *bar = window.menuBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    QTRY_VERIFY(menu->isVisible());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
}

} // namespace

class TestBackupUi final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QSettings().clear();
        Backup::setPreferences(BackupPreferences{});
    }

    void backUpNowSaysWhereTheVerifiedBackupWent()
    {
        UiDatabase fixture;
        fixture.demo();
        const QString path = fixture.db->path();
        fixture.db.reset();
        MainWindow window;
        window.setDailyBackupDelay(50);
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Opening does not wait for the day's backup: it is taken a moment later, in a worker.
        const QString folder = Backup::defaultFolder(path);
        QCOMPARE(Backup::list(folder).size(), 0);
        QTRY_COMPARE(Backup::list(folder).size(), 1);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(Backup::list(folder).first())));

        QAction *action = window.menuBar()->findChild<QAction *>(QStringLiteral("backUpNowAction"));
        QVERIFY(action);
        MessageBox::clearLastMessage();
        clickInMenu(window, action);  // File › Back up now…
        QTRY_VERIFY(!MessageBox::lastMessage().isEmpty());
        const QString message = MessageBox::lastMessage();
        QVERIFY2(message.contains(QStringLiteral("verified")), qPrintable(message));
        const QStringList backups = Backup::list(folder);
        QCOMPARE(backups.size(), 1);  // the day keeps its newest backup
        QVERIFY2(message.contains(QDir::toNativeSeparators(backups.first())), qPrintable(message));
        QVERIFY(Backup::verify(backups.first()).ok());
    }

    void aMissingDatabaseIsRestoredFromItsNewestBackupNeverCreatedEmpty()
    {
        UiDatabase fixture;
        fixture.demo();
        const QString path = fixture.db->path();
        QVERIFY(Backup::take(*fixture.db, Backup::defaultFolder(path)).ok());
        fixture.db.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);

        MessageBox::setNextChoice(0);  // "Restore the newest backup"
        MainWindow window;
        QVERIFY(window.openDatabase(path, false));
        QVERIFY(window.database());
        QCOMPARE(*window.database()->scalar(QStringLiteral("SELECT count(*) FROM work_orders")), QVariant(50));
    }

    void aMissingDatabaseWithoutBackupIsNotCreated()
    {
        QTemporaryDir dir;
        MessageBox::setTestMode(true);
        MessageBox::setNextChoice(1);  // "Cancel" (no backup: open another, cancel)
        MainWindow window;
        const QString path = dir.filePath(QStringLiteral("gone.sqlite"));
        QVERIFY(!window.openDatabase(path, false));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("missing")));
    }

    void thePreviewShowsWhatTheBackupHolds()
    {
        UiDatabase fixture;
        fixture.demo();
        auto taken = Backup::take(*fixture.db, Backup::defaultFolder(fixture.db->path()));
        QVERIFY(taken.ok());
        auto info = Backup::preview(*taken);
        QVERIFY(info.ok());
        RestorePreviewDialog dialog(*info, fixture.db->path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("orders"))->text(), QStringLiteral("50"));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("lastInvoice"))->text().isEmpty());
        const QString out = qEnvironmentVariable("ORDO_GRAB_PREVIEW");
        if (!out.isEmpty())
            QVERIFY(dialog.grab().save(out));
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrdoTest"));
    QApplication::setApplicationName(QStringLiteral("OrdoTest"));
    // For looking at the dialogs as a user of that language would (ORDO_GRAB_PREVIEW=file.png).
    if (!qEnvironmentVariableIsEmpty("ORDO_TEST_LANGUAGE")) {
        QLocale::setDefault(QLocale(qEnvironmentVariable("ORDO_TEST_LANGUAGE")));
        ordo::installTranslations(app, QLocale());
    }
    TestBackupUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_backup_ui.moc"
