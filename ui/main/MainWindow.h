#pragma once

#include "core/domain/Types.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QTimer;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace ordo {

class BoardView;
class ChangeWatcher;
class CalendarView;
class CustomersView;
class InvoicesView;
class Database;
class KeychainSecretStore;
class OrdersView;
class ProcessView;
class ReportsView;
class MyDayView;
class StaffView;
class IdleWatch;

// The front desk's window: navigation between the board, orders, customers, staff and the process
// map; the File menu for databases. It owns the open database and rebuilds its views when another
// one is opened.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { BoardPage, CalendarPage, OrdersPage, InvoicesPage, CustomersPage, StaffPage, ProcessPage, ReportsPage, MyDayPage, PageCount };
    // The day's automatic backup is taken a while after a database is opened (in a worker): 20 s.
    void setDailyBackupDelay(int ms) { m_dailyBackupDelayMs = ms; }
    // The search indexes' small pieces are merged every so often while the database is open
    // (search::tidy; nothing happens when there is nothing to merge or someone else writes): 10 s.
    void setSearchTidyInterval(int ms);

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database and shows it; on failure shows why and keeps the current one.
    // Who works here is settled on the way (see chooseWorker): false when the sign-in was closed.
    bool openDatabase(const QString &path, bool createIfMissing = true);
    // ordo --user NAME: sign in as this person when the next database is opened.
    void setStartUser(const QString &user) { m_startUser = user; }
    // The last openDatabase() failed because the person closed the sign-in: Ordo quits, nothing else is wrong.
    bool signInClosed() const { return m_signInClosed; }
    // Ctrl+L: hides the work and asks who is working; a different person gets views of their own.
    void lockAndSwitch();
    // Makes `actor` the person working here: status bar, remembered for this PC, views rebuilt.
    void workAs(const Actor &actor);
    Database *database() const { return m_db.get(); }
    ChangeWatcher *changeWatcher() const { return m_watcher; }
    KeychainSecretStore &secretStore() const { return *m_secrets; }
    QUndoStack *undoStack() const { return m_undo; }
    void showPage(Page page);
    Page currentPage() const;

    // ordo --page N: the page shown (and built) when the next database is opened, instead of the last one used.
    void setStartPage(Page page) { m_startPage = page; }

    // Only the page shown is built when a database is opened; each other page is built when it is
    // first shown, or asked for here (none without a database).
    BoardView *board();
    CalendarView *calendar();
    OrdersView *orders();
    InvoicesView *invoices();
    CustomersView *customers();
    StaffView *staff();
    ProcessView *process();
    ReportsView *reports();
    // Whether a page has been built yet (its view exists).
    bool isPageBuilt(Page page) const;
    // "Weekly review due — Marta Sanz" above the pages while a review is due; empty when none.
    QString reviewNotice() const;
    void refreshReviewNotice();

    void openOrder(Id orderId);
    void newOrder();
    void newCall();
    // After a booking or a call: a short confirmation, and the order's card shown and marked.
    void showBooked(Id orderId, const QString &message);

signals:
    // A database is open and shown (at the start, or from the File menu): the single-instance
    // socket follows it (see SingleInstance).
    void databaseOpened(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    // Edits typed on a page (a customer, a person) and not saved: asks to save or discard them
    // before they would be lost. `page` only that page; none: every page. False to stay.
    bool confirmUnsavedEdits(QWidget *page = nullptr);

private:
    void buildMenus();
    // Every page as an empty placeholder; showPage() and the accessors build the real one.
    void buildViews();
    QWidget *ensurePage(Page page);
    QWidget *buildPage(Page page);
    void clearPages();
    void updateRecentMenu();
    void newDatabase();
    void openDatabaseDialog();
    // File › Connect to the office server…, filled from `address` when known; `problem` says why
    // it is asked again (a refused password). Opens the database when the user connects.
    bool connectToServer(const QString &address = {}, const QString &problem = {});
    void createDemo();
    void restoreBackup();
    // The views, the change watcher and the connection, in that order.
    void closeDatabase();
    void scheduleDailyBackup();
    void chooseLanguage(const QString &code);
    void buildAssignmentMenu(QMenu *menu);
    void rebuildViews();
    void offerOwnerAccount();
    void offerCompanySetup();
    void openCompanySetup();

    std::unique_ptr<Database> m_db;
    ChangeWatcher *m_watcher = nullptr;
    int m_dailyBackupDelayMs = 20000;  // what other processes commit, shown here
    QTimer *m_searchTidy;
    QUndoStack *m_undo;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_pathLabel;
    KeychainSecretStore *m_secrets;  // the mail password and other credentials: the keyring
    QMenu *m_recentMenu = nullptr;
    QMenu *m_assignmentMenu = nullptr;
    BoardView *m_board = nullptr;
    CalendarView *m_calendar = nullptr;
    OrdersView *m_orders = nullptr;
    InvoicesView *m_invoices = nullptr;
    QPointer<CustomersView> m_customers;  // QPointer: gone with the pages when a database is closed
    QPointer<StaffView> m_staff;
    ProcessView *m_process = nullptr;
    ReportsView *m_reports = nullptr;
    MyDayView *m_myDay = nullptr;
    bool m_offerSetup = false;   // a database made now: its assistant follows the owner's account
    QWidget *m_notice = nullptr;
    QLabel *m_userLabel = nullptr;
    IdleWatch *m_idle = nullptr;
    QString m_startUser;
    bool m_signInClosed = false;
    std::optional<Page> m_startPage;
    QList<QWidget *> m_placeholders;  // by page: the empty widget standing in for a page not built yet
    QLabel *m_noticeText = nullptr;
};

} // namespace ordo
