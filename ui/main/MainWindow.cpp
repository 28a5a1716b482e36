#include "ui/main/MainWindow.h"
#include "ui/common/Palette.h"

#include "ui/main/BackupDialogs.h"
#include "ui/main/ConnectServerDialog.h"
#include "core/storage/ServerAddress.h"

#include "ui/billing/InvoicesView.h"
#include "ui/billing/CatalogueDialog.h"
#include "ui/billing/VerifactuSettingsDialog.h"
#include "ui/main/BookingSettingsDialog.h"
#include "ui/main/CompanySetupWizard.h"
#include "ui/main/HelpDialogs.h"
#include "ui/main/MyDayView.h"
#include "ui/main/PhoneSettingsDialog.h"
#include "ui/board/BoardView.h"
#include "ui/calendar/CalendarView.h"
#include "ui/calendar/IntakeDialog.h"
#include "ui/calendar/VisitDialog.h"
#include "core/scheduling/Scheduler.h"
#include "ui/common/KeychainSecretStore.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"
#include "ui/customers/CustomersView.h"
#include "ui/main/DemoCreation.h"
#include "ui/main/AccountsDialog.h"
#include "ui/main/SignIn.h"
#include "core/people/Accounts.h"
#include "ui/orders/OrderEditor.h"
#include "ui/orders/OrdersView.h"
#include "ui/process/ProcessView.h"
#include "ui/reports/ReportsView.h"
#include "core/reports/Reviews.h"
#include "core/common/Clock.h"
#include "ui/staff/StaffView.h"
#include "core/storage/Backup.h"
#include "core/storage/ChangeWatcher.h"
#include "core/storage/SearchIndex.h"
#include "core/usecases/ClearTextSecrets.h"
#include "core/usecases/Company.h"
#include "core/storage/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QFutureWatcher>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace ordo {

namespace {

constexpr int MaxRecent = 6;

QStringList recentDatabases()
{
    return QSettings().value(QStringLiteral("databases/recent")).toStringList();
}

void rememberDatabase(const QString &path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    // Written only when it changed: QSettings rewrites the whole file (and waits for the disk) for
    // any value set, the same one too, and opening the same database every morning is the rule.
    QSettings settings;
    if (settings.value(QStringLiteral("databases/recent")).toStringList() != recent)
        settings.setValue(QStringLiteral("databases/recent"), recent);
    if (settings.value(QStringLiteral("databases/last")).toString() != path)
        settings.setValue(QStringLiteral("databases/last"), path);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undo(new QUndoStack(this)), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_pathLabel(new QLabel(this)), m_secrets(new KeychainSecretStore(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Ordo"));
    // Actions no longer merge the search indexes' pieces as they write (migration 24): this PC
    // merges a few now and then, as ordo-server does when idle. Short; skipped while anyone writes.
    m_searchTidy = new QTimer(this);
    m_searchTidy->setInterval(10000);
    connect(m_searchTidy, &QTimer::timeout, this, [this] {
        if (m_db)
            (void)search::tidy(*m_db, 8);   // a failure only means the pieces wait for the next time
    });
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(150);
    m_navigation->setFrameShape(QFrame::NoFrame);
    const QStringList pages{tr("Board"), tr("Calendar"), tr("Orders"), tr("Invoices"), tr("Customers"), tr("Staff"), tr("Process"),
                            tr("Reports"), tr("My day")};
    for (int i = 0; i < pages.size(); ++i) {
        auto *item = new QListWidgetItem(pages[i], m_navigation);
        item->setSizeHint(QSize(140, 34));
        item->setToolTip(tr("Ctrl+%1").arg(i + 1));
    }
    layout->addWidget(m_navigation);
    // A due review shows above the pages until it is signed off.
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    m_notice = new QWidget(central);
    m_notice->setObjectName(QStringLiteral("reviewNotice"));
    m_notice->setAttribute(Qt::WA_StyledBackground);
    m_notice->setStyleSheet(palette::noticeBar(QStringLiteral("reviewNotice"), false));
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(12, 6, 12, 6);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("reviewNoticeText"));
    m_noticeText->setWordWrap(true);  // never widens the window on a small screen
    m_noticeText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *noticeButton = new QPushButton(tr("Open reviews"), m_notice);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(noticeButton);
    connect(noticeButton, &QPushButton::clicked, this, [this] {
        showPage(ReportsPage);
        if (m_reports && currentPage() == ReportsPage)
            m_reports->showTab(ReportsView::ReviewsTab);
    });
    m_notice->hide();
    right->addWidget(m_notice);
    right->addWidget(m_pages, 1);
    layout->addLayout(right, 1);
    setCentralWidget(central);
    m_pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("signedInLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_pathLabel);
    m_idle = new IdleWatch(this);
    connect(m_idle, &IdleWatch::idle, this, &MainWindow::lockAndSwitch);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_pages->currentIndex())
            return;
        if (!confirmUnsavedEdits(m_pages->currentWidget())) {
            const QSignalBlocker block(m_navigation);
            m_navigation->setCurrentRow(m_pages->currentIndex());  // stay with the edits
            return;
        }
        ensurePage(static_cast<Page>(row));  // built when first opened
        m_pages->setCurrentIndex(row);
    });
    buildMenus();
    Backup::setPreferences(loadBackupPreferences());

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1366, 768);
}

MainWindow::~MainWindow()
{
    delete m_watcher;
    // The views hold references to the database: they go first.
    delete m_pages;
    m_pages = nullptr;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newCallAction = file->addAction(tr("New &call…"), this, &MainWindow::newCall);
    newCallAction->setShortcut(QKeySequence::New);
    newCallAction->setObjectName(QStringLiteral("newCallAction"));
    QAction *newOrderAction = file->addAction(tr("New &order…"), this, &MainWindow::newOrder);
    newOrderAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    newOrderAction->setObjectName(QStringLiteral("newOrderAction"));
    file->addSeparator();
    file->addAction(tr("New &database…"), this, &MainWindow::newDatabase);
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabaseDialog);
    file->addAction(tr("Connect to the office &server…"), this, [this] { connectToServer(); })
        ->setObjectName(QStringLiteral("connectServerAction"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("&Recent databases"));
    file->addAction(tr("Create a &demo database…"), this, &MainWindow::createDemo);
    file->addSeparator();
    file->addAction(tr("&Back up now…"), this, [this] { if (m_db) backUpNow(this, *m_db); })
        ->setObjectName(QStringLiteral("backUpNowAction"));
    file->addAction(tr("Set &up the company…"), this, &MainWindow::openCompanySetup)->setObjectName(QStringLiteral("companySetupAction"));
    file->addAction(tr("Re&store…"), this, &MainWindow::restoreBackup)->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    QAction *lock = file->addAction(tr("&Lock and switch person…"), this, &MainWindow::lockAndSwitch);
    lock->setShortcut(QKeySequence(tr("Ctrl+L")));
    lock->setObjectName(QStringLiteral("lockAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // QKeySequence::Quit is empty on Windows (and on platforms that follow it): Ctrl+Q everywhere.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("&Board"), tr("C&alendar"), tr("&Orders"), tr("&Invoices"), tr("&Customers"), tr("&Staff"),
                            tr("&Process"), tr("&Reports"), tr("&My day")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *a = view->addAction(names[i], this, [this, i] { showPage(static_cast<Page>(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QList<QPair<QString, QString>> languages{{QString(), tr("As the system")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("es"), QStringLiteral("Español")}};
    for (const auto &[code, label] : languages) {
        QAction *a = language->addAction(label, this, [this, code] { chooseLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == chosen);
        group->addAction(a);
    }
    settings->addAction(tr("&Company and e-mail…"), this, [this] {
        if (m_db) {
            CompanySettingsDialog dialog(Session{*m_db, currentActor()}, *m_secrets, this);
            dialog.exec();
        }
    });
    settings->addAction(tr("&Price catalogue…"), this, [this] {
        if (m_db) {
            CatalogueDialog dialog(Session{*m_db, currentActor()}, this);
            dialog.exec();
        }
    })->setObjectName(QStringLiteral("catalogueAction"));
    settings->addAction(tr("&VERI*FACTU…"), this, [this] {
        if (m_db) {
            VerifactuSettingsDialog dialog(Session{*m_db, currentActor()}, *m_secrets, this);
            dialog.exec();
        }
    })->setObjectName(QStringLiteral("verifactuSettingsAction"));
    settings->addAction(tr("Booking &page…"), this, [this] {
        if (m_db) {
            BookingSettingsDialog dialog(Session{*m_db, currentActor()}, this);
            dialog.exec();
        }
    })->setObjectName(QStringLiteral("bookingSettingsAction"));
    settings->addAction(tr("&Technicians' phones…"), this, [this] {
        if (m_db) {
            PhoneSettingsDialog dialog(Session{*m_db, currentActor()}, this);
            dialog.exec();
        }
    })->setObjectName(QStringLiteral("phoneSettingsAction"));
    settings->addAction(tr("&Accounts and permissions…"), this, [this] {
        if (!m_db)
            return;
        AccountsDialog dialog(Session{*m_db, currentActor()}, this);
        dialog.exec();
        // What the owner changed for this person (permissions, the idle lock) applies at once.
        if (const Actor now = currentActor(); now.kind == ActorKind::Person && now.staffId)
            if (auto again = Accounts(*m_db).actorFor(*now.staffId))
                workAs(*again);
    })->setObjectName(QStringLiteral("accountsAction"));
    settings->addAction(tr("&Backups…"), this, [this] {
        BackupSettingsDialog dialog(m_db ? m_db->path() : Database::defaultPath(), this);
        if (dialog.exec() == QDialog::Accepted)
            saveBackupPreferences(dialog.preferences());
    });
    m_assignmentMenu = settings->addMenu(tr("&Automatic assignment"));
    connect(m_assignmentMenu, &QMenu::aboutToShow, this, [this] { buildAssignmentMenu(m_assignmentMenu); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("&Manual"), this, [this] { showManual(this); });
    manual->setShortcut(QKeySequence::HelpContents);
    manual->setObjectName(QStringLiteral("manualAction"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] { showShortcuts(this); })->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    help->addAction(tr("&About Ordo"), this, [this] { showAbout(this); })->setObjectName(QStringLiteral("aboutAction"));
    updateRecentMenu();
}

void MainWindow::buildAssignmentMenu(QMenu *menu)
{
    menu->clear();
    if (!m_db)
        return;
    const AssignmentPolicy policy = AssignmentPolicy::load(*m_db);
    auto option = [&](const QString &text, bool on, std::function<void(AssignmentPolicy &, bool)> set) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(on);
        connect(a, &QAction::toggled, this, [this, set](bool checked) {
            AssignmentPolicy p = AssignmentPolicy::load(*m_db);
            set(p, checked);
            if (auto r = p.save(*m_db); !r)
                MessageBox::error(this, tr("Settings"), r.error().message);
        });
    };
    option(tr("Prefer who covers the postcode"), policy.territory, [](AssignmentPolicy &p, bool on) { p.territory = on; });
    option(tr("Prefer the least loaded"), policy.leastLoaded, [](AssignmentPolicy &p, bool on) { p.leastLoaded = on; });
    option(tr("Take turns (round robin)"), policy.roundRobin, [](AssignmentPolicy &p, bool on) { p.roundRobin = on; });
    option(tr("Prefer who has the skills"), policy.skills, [](AssignmentPolicy &p, bool on) { p.skills = on; });
}

void MainWindow::chooseLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    MessageBox::information(this, tr("Language"), tr("Ordo will use the new language the next time it starts."));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : recentDatabases()) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabase(path, false); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

bool MainWindow::openDatabase(const QString &path, bool createIfMissing)
{
    if (!confirmUnsavedEdits())
        return false;
    // A database made now (not one opened again) is a new company: its assistant is offered.
    const bool server = Database::isServer(path);
    const bool createdNow = createIfMissing && !server && !QFileInfo::exists(path);
    auto opened = openCompany(path, createIfMissing ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    if (!opened) {
        // A missing or damaged file is never replaced by an empty one: offer its newest backup.
        const auto state = server ? Backup::FileState::Sound : Backup::inspect(path);
        if ((state == Backup::FileState::Missing || state == Backup::FileState::Damaged)
            && (!m_db || m_db->path() != QFileInfo(path).absoluteFilePath())) {
            const QString recovered = offerRecovery(this, path);
            return !recovered.isEmpty() && openDatabase(recovered, false);
        }
        // The office server wants a password this PC does not have yet: ask for it (the keyring may know it).
        if (server && opened.error().code == ErrorCode::SignInRefused)
            return connectToServer(path, opened.error().message);
        MessageBox::error(this, tr("Could not open the database"), opened.error().message);
        return false;
    }
    closeDatabase();
    m_db = std::move(*opened);
    const auto worker = chooseWorker(*m_db, this, std::exchange(m_startUser, QString()));
    m_signInClosed = !worker;
    if (!worker) {
        closeDatabase();
        return false;
    }
    setCurrentActor(*worker);  // the views are built for this person; workAs below does the rest
    buildViews();
    m_watcher = new ChangeWatcher(*m_db, this);
    connect(&m_db->notifier(), &ChangeNotifier::reviewsChanged, this, &MainWindow::refreshReviewNotice);
    m_watcher->start();
    if (m_db->dialect() == Database::Dialect::SQLite)
        m_searchTidy->start();
    // A password an older Ordo kept in clear in the database goes to the keyring (the watcher lives
    // as long as this database is open). Without a keyring the user is told once where it went.
    ClearTextSecrets::move(*m_db, *m_secrets, m_watcher, [this](const Result<int> &moved) {
        if (moved && *moved > 0)
            if (const QString notice = m_secrets->takeFallbackNotice(); !notice.isEmpty())
                QTimer::singleShot(0, this, [this, notice] { MessageBox::information(this, tr("Ordo"), notice); });
    });
    m_pathLabel->setText(QDir::toNativeSeparators(m_db->path()));
    setWindowTitle(tr("Ordo — %1").arg(server ? m_db->path().section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1)
                                              : QFileInfo(m_db->path()).fileName()));
    rememberDatabase(m_db->path());
    updateRecentMenu();
    refreshReviewNotice();
    const int page = m_startPage ? *std::exchange(m_startPage, std::nullopt)
                                 : QSettings().value(QStringLiteral("window/page"), 0).toInt();
    showPage(static_cast<Page>(std::clamp(page, 0, PageCount - 1)));
    if (worker->staffId && MyDayView::isStartPage(*worker->staffId))
        showPage(MyDayPage);
    scheduleDailyBackup();
    workAs(*worker);
    m_offerSetup = createdNow;
    if (worker->kind == ActorKind::System)
        QTimer::singleShot(0, this, &MainWindow::offerOwnerAccount);
    else if (m_offerSetup)
        QTimer::singleShot(0, this, &MainWindow::offerCompanySetup);
    emit databaseOpened(m_db->path());
    return true;
}

void MainWindow::workAs(const Actor &actor)
{
    if (!m_db)
        return;
    const Actor before = currentActor();
    setCurrentActor(actor);
    rememberWorker(*m_db, actor);
    m_userLabel->setText(actor.kind == ActorKind::Person
                             ? tr("Working: %1 (%2)").arg(actor.name, actor.role ? displayName(*actor.role) : QString())
                             : tr("Working: %1").arg(actor.name));
    auto security = Accounts(*m_db).security();
    m_idle->setMinutes(security ? security->idleLockMinutes : 0);
    if (before.staffId != actor.staffId || before.permissions != actor.permissions || before.name != actor.name)
        rebuildViews();
    // Someone else sat down: they start where they chose to.
    if (before.staffId != actor.staffId && actor.staffId && MyDayView::isStartPage(*actor.staffId))
        showPage(MyDayPage);
}

void MainWindow::rebuildViews()
{
    if (!confirmUnsavedEdits())
        return;
    if (!m_db || m_pages->count() == 0)
        return;
    const Page page = currentPage();
    m_undo->clear();
    clearPages();
    buildViews();
    showPage(page);
}

void MainWindow::lockAndSwitch()
{
    // Not over a dialog that is being filled in (an order, an invoice): its work would be lost.
    if (!m_db || QApplication::activeModalWidget())
        return;
    centralWidget()->hide();
    SignInDialog dialog(*m_db, currentActor().staffId, this);
    const bool signedIn = dialog.exec() == QDialog::Accepted;
    centralWidget()->show();
    if (!signedIn) {
        close();
        return;
    }
    workAs(dialog.actor());
}

void MainWindow::offerOwnerAccount()
{
    if (!m_db)
        return;
    auto *dialog = new OwnerDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        workAs(dialog->actor());
        if (m_offerSetup)
            QTimer::singleShot(0, this, &MainWindow::offerCompanySetup);
    });
    dialog->open();
}

void MainWindow::offerCompanySetup()
{
    m_offerSetup = false;
    if (!m_db)
        return;
    auto fresh = CompanySetup(*m_db).isNewCompany();
    if (!fresh || !*fresh)
        return;
    openCompanySetup();
}

void MainWindow::openCompanySetup()
{
    if (!m_db)
        return;
    auto *wizard = new CompanySetupWizard(Session{*m_db, currentActor()}, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("The company is set up. Its data can be changed in Settings › Company and e-mail."), 10000);
        rebuildViews();
    });
    wizard->open();
}

void MainWindow::buildViews()
{
    m_placeholders.clear();
    for (int page = 0; page < PageCount; ++page) {
        auto *placeholder = new QWidget(m_pages);
        m_placeholders.append(placeholder);
        m_pages->addWidget(placeholder);
    }
}

bool MainWindow::isPageBuilt(Page page) const
{
    return page >= 0 && page < m_pages->count() && m_pages->widget(page) != m_placeholders.value(page);
}

QWidget *MainWindow::ensurePage(Page page)
{
    if (!m_db || page < 0 || page >= m_pages->count())
        return nullptr;
    QWidget *placeholder = m_placeholders.value(page);
    if (m_pages->widget(page) != placeholder)
        return m_pages->widget(page);
    const bool current = m_pages->currentIndex() == page;
    QWidget *view = buildPage(page);
    m_pages->insertWidget(page, view);
    m_pages->removeWidget(placeholder);
    m_placeholders[page] = nullptr;
    delete placeholder;
    if (current)
        m_pages->setCurrentIndex(page);
    return view;
}

QWidget *MainWindow::buildPage(Page page)
{
    Session session{*m_db, currentActor()};
    switch (page) {
    case BoardPage:
        m_board = new BoardView(session, m_undo, m_pages);
        connect(m_board, &BoardView::openOrderRequested, this, &MainWindow::openOrder);
        connect(m_board, &BoardView::visitRequested, this, [this](Id orderId, AppointmentKind kind) {
            VisitDialog dialog(Session{*m_db, currentActor()}, orderId, kind, this);
            if (dialog.exec() == QDialog::Accepted)
                showBooked(orderId, tr("Booked: %1").arg(AppointmentService::describe(dialog.booked())));
        });
        connect(m_board, &BoardView::statusMessage, statusBar(), &QStatusBar::showMessage);
        return m_board;
    case CalendarPage:
        m_calendar = new CalendarView(session, m_pages);
        connect(m_calendar, &CalendarView::openOrderRequested, this, &MainWindow::openOrder);
        return m_calendar;
    case OrdersPage:
        m_orders = new OrdersView(*m_db, m_pages);
        connect(m_orders, &OrdersView::openOrderRequested, this, &MainWindow::openOrder);
        connect(m_orders, &OrdersView::newOrderRequested, this, &MainWindow::newOrder);
        return m_orders;
    case InvoicesPage:
        m_invoices = new InvoicesView(session, *m_secrets, m_pages);
        return m_invoices;
    case CustomersPage:
        m_customers = new CustomersView(*m_db, m_pages);
        connect(m_customers, &CustomersView::openOrderRequested, this, &MainWindow::openOrder);
        return m_customers;
    case StaffPage:
        m_staff = new StaffView(*m_db, m_pages);
        return m_staff;
    case ProcessPage:
        m_process = new ProcessView(session, m_pages);
        return m_process;
    case ReportsPage:
        m_reports = new ReportsView(session, m_pages);
        connect(m_reports, &ReportsView::stepRequested, this, [this](const QString &step) {
            showPage(ProcessPage);
            if (ProcessView *view = process())
                view->selectStep(step);
        });
        connect(m_reports, &ReportsView::reviewsChanged, this, &MainWindow::refreshReviewNotice);
        return m_reports;
    case MyDayPage:
    case PageCount:
        break;
    }
    m_myDay = new MyDayView(session, m_pages);
    connect(m_myDay, &MyDayView::openOrderRequested, this, &MainWindow::openOrder);
    connect(m_myDay, &MyDayView::openInvoiceRequested, this, [this](Id invoiceId) {
        showPage(InvoicesPage);
        if (currentPage() == InvoicesPage)
            m_invoices->open(invoiceId);
    });
    connect(m_myDay, &MyDayView::openReviewRequested, this, [this](Id planId) {
        showPage(ReportsPage);
        if (currentPage() != ReportsPage)
            return;
        m_reports->showTab(ReportsView::ReviewsTab);
        m_reports->openReview(planId);
    });
    return m_myDay;
}

void MainWindow::clearPages()
{
    while (m_pages->count() > 0) {
        QWidget *view = m_pages->widget(0);
        m_pages->removeWidget(view);
        delete view;
    }
    m_placeholders.clear();
    m_board = nullptr;
    m_calendar = nullptr;
    m_orders = nullptr;
    m_invoices = nullptr;
    m_process = nullptr;
    m_reports = nullptr;
    m_myDay = nullptr;
}

BoardView *MainWindow::board()
{
    ensurePage(BoardPage);
    return m_board;
}

CalendarView *MainWindow::calendar()
{
    ensurePage(CalendarPage);
    return m_calendar;
}

OrdersView *MainWindow::orders()
{
    ensurePage(OrdersPage);
    return m_orders;
}

InvoicesView *MainWindow::invoices()
{
    ensurePage(InvoicesPage);
    return m_invoices;
}

ProcessView *MainWindow::process()
{
    ensurePage(ProcessPage);
    return m_process;
}

ReportsView *MainWindow::reports()
{
    ensurePage(ReportsPage);
    return m_reports;
}

QString MainWindow::reviewNotice() const
{
    return m_notice->isHidden() ? QString() : m_noticeText->text();
}

void MainWindow::refreshReviewNotice()
{
    QStringList lines;
    if (m_db) {
        if (auto due = ReviewService(*m_db).due(Clock::nowSecs())) {
            for (const DueReview &d : *due)
                lines << d.textWithMissed();
        }
    }
    m_noticeText->setText(lines.join(QStringLiteral(" · ")));
    m_notice->setVisible(!lines.isEmpty());
    if (!lines.isEmpty())
        statusBar()->showMessage(lines.first(), 10000);
}

CustomersView *MainWindow::customers()
{
    ensurePage(CustomersPage);
    return m_customers;
}

StaffView *MainWindow::staff()
{
    ensurePage(StaffPage);
    return m_staff;
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);  // asks first when the page left has unsaved edits
    if (m_navigation->currentRow() == page) {
        ensurePage(page);
        m_pages->setCurrentIndex(page);
    }
}

bool MainWindow::confirmUnsavedEdits(QWidget *page)
{
    if (m_customers && (!page || page == m_customers) && !m_customers->confirmLeave()) {
        showPage(CustomersPage);
        return false;
    }
    if (m_staff && (!page || page == m_staff) && !m_staff->confirmLeave()) {
        showPage(StaffPage);
        return false;
    }
    return true;
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::openOrder(Id orderId)
{
    if (!m_db)
        return;
    OrderEditor editor(Session{*m_db, currentActor()}, orderId, this);
    editor.exec();
}

void MainWindow::newOrder()
{
    if (!m_db)
        return;
    OrderEditor editor(Session{*m_db, currentActor()}, 0, this);
    editor.exec();
}

void MainWindow::newCall()
{
    if (!m_db)
        return;
    IntakeDialog dialog(Session{*m_db, currentActor()}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const IntakeResult &r = dialog.result();
    if (r.order.id == 0)
        return;
    const QString message = r.appointment.appointment.id != 0 ? tr("%1 booked: %2").arg(r.order.number, AppointmentService::describe(r.appointment))
                          : r.newOrder           ? tr("%1 created.").arg(r.order.number)
                                                 : tr("Call noted on %1.").arg(r.order.number);
    showBooked(r.order.id, message);
}

void MainWindow::showBooked(Id orderId, const QString &message)
{
    // Said in the status bar wherever the user is; on the board, beside the card, which is marked.
    statusBar()->showMessage(message, 10000);
    if (currentPage() == BoardPage)
        m_board->highlightOrder(orderId, message);
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QDir::homePath(),
                                                      tr("Ordo databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New database"),
                            tr("%1 already exists. Choose another name, or open it with File › Open.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path, true);
}

bool MainWindow::connectToServer(const QString &address, const QString &problem)
{
    ConnectServerDialog dialog(*m_secrets, address, this);
    if (!problem.isEmpty())
        MessageBox::warning(this, tr("Connect to the office server"), problem);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString chosen = dialog.address();
    if (!dialog.password().isEmpty())
        rememberServerPassword(chosen, dialog.password());
    const SecretKey key{QStringLiteral("servers"), ConnectServerDialog::secretName(chosen)};
    if (dialog.rememberPassword() && !dialog.password().isEmpty())
        m_secrets->write(key, dialog.password(), this, [this](Result<void> written) {
            if (!written)
                statusBar()->showMessage(tr("The password was not kept in the keyring: %1").arg(written.error().message), 10000);
        });
    else if (!dialog.rememberPassword())
        m_secrets->remove(key, this, [](Result<void>) {});
    return openDatabase(chosen, true);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QDir::homePath(),
                                                      tr("Ordo databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path, false);
}

void MainWindow::createDemo()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Demo database"),
                                                      QDir::home().filePath(QStringLiteral("ordo-demo.sqlite")),
                                                      tr("Ordo databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("Demo database"),
                            tr("%1 already exists; demo data only goes into a new file.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    // Generated in a worker, with progress; opened once written (or empty, when that failed).
    auto report = DemoCreation::run(this, path, DemoSize::Medium);
    if (!report)
        MessageBox::error(this, tr("Demo database"), report.error().message);
    if (QFileInfo::exists(path))
        openDatabase(path, false);
}

void MainWindow::setSearchTidyInterval(int ms)
{
    m_searchTidy->setInterval(ms);
}

void MainWindow::scheduleDailyBackup()
{
    // Never at start-up itself: a while after the database is open, on a worker's read-only
    // connection (VACUUM INTO only reads the database), so the board is never slower for it.
    // An office server is backed up on the server (ordo-cli backup, nightly), not by each PC.
    if (m_db->dialect() != Database::Dialect::SQLite)
        return;
    QTimer::singleShot(m_dailyBackupDelayMs, this, [this, path = m_db->path()] {
        if (!m_db || m_db->path() != path)
            return;
        const BackupPreferences preferences = Backup::preferences();
        auto *watcher = new QFutureWatcher<Result<std::optional<QString>>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            const auto taken = watcher->result();
            if (!taken)
                MessageBox::warning(this, tr("Daily backup"),
                                    tr("Today's backup could not be taken: %1\nCheck the backup folder in Settings › Backups….")
                                        .arg(taken.error().message));
            else if (taken->has_value())
                statusBar()->showMessage(tr("Today's backup: %1").arg(QDir::toNativeSeparators(**taken)), 10000);
        });
        watcher->setFuture(QtConcurrent::run([path, preferences]() -> Result<std::optional<QString>> {
            auto db = Database::open(path, Database::OpenMode::ReadOnly);
            if (!db)
                return db.error();
            return Backup::maybeDailyBackup(**db, preferences);
        }));
    });
}

void MainWindow::closeDatabase()
{
    // What watches and shows the database goes before it does.
    delete m_watcher;
    m_watcher = nullptr;
    m_searchTidy->stop();
    m_undo->clear();
    clearPages();
    m_db.reset();
}

void MainWindow::restoreBackup()
{
    if (!m_db)
        return;
    const QString target = m_db->path();
    const QString backup = chooseBackupToRestore(this, target);
    if (backup.isEmpty())
        return;
    // The views and this connection go first; other processes may keep theirs (SQLite's backup API).
    closeDatabase();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restored = Backup::restore(backup, target, true);
    QApplication::restoreOverrideCursor();
    if (!restored)
        MessageBox::error(this, tr("Restore"), restored.error().message);
    if (openDatabase(target, false) && restored)
        MessageBox::information(this, tr("Restore"), tr("The backup was restored. The database as it was before is "
                                                        "kept as %1.").arg(QDir::toNativeSeparators(*restored)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmUnsavedEdits()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), static_cast<int>(currentPage()));
    event->accept();
}

} // namespace ordo
