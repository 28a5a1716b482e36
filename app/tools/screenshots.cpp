// ordo-screenshots: renders each view of Ordo offscreen to PNG files, for the README and for
// looking at the program as a user would. Not installed.
//
//   QT_QPA_PLATFORM=offscreen ordo-screenshots --database demo.sqlite --out DIR [--size 1366x768]

#include "ui/common/KeychainSecretStore.h"
#include "ui/common/Session.h"
#include "core/common/Translations.h"
#include "ui/main/AccountsDialog.h"
#include "ui/main/AccountsPages.h"
#include "ui/main/BookingSettingsDialog.h"
#include "ui/main/ConnectServerDialog.h"
#include "ui/main/CompanySetupWizard.h"
#include "ui/main/PhoneSettingsDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/orders/OrderEditor.h"
#include "ui/orders/QuoteDialog.h"
#include "core/storage/ChangeWatcher.h"
#include "core/orders/WorkOrderService.h"
#include "core/storage/Database.h"

#include "ui/billing/CatalogueDialog.h"
#include "ui/billing/InvoiceDialog.h"
#include "core/billing/InvoiceQueries.h"
#include "ui/board/BoardModel.h"
#include "ui/board/BoardColumnView.h"
#include "ui/board/BoardView.h"
#include "core/scheduling/AppointmentService.h"
#include "ui/calendar/CalendarView.h"
#include "ui/calendar/IntakeDialog.h"
#include "ui/customers/AssetDialogs.h"
#include "ui/customers/AssetsPanel.h"
#include "ui/customers/CustomerImportDialog.h"
#include "ui/customers/CustomersView.h"
#include "core/assets/Assets.h"
#include "core/people/CustomerRepository.h"
#include "ui/reports/ReportsView.h"
#include "ui/reports/ReviewDialog.h"
#include "ui/billing/PaymentDialog.h"
#include "core/reports/Reviews.h"
#include "core/common/Clock.h"
#include <QAbstractItemView>
#include <QCompleter>
#include <QItemSelectionModel>
#include <QPainter>
#include <QTableWidget>

#include <QAction>
#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QElapsedTimer>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QCommandLineParser>
#include <QDir>
#include <QTabWidget>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrdoScreenshots"));
    QApplication::setApplicationName(QStringLiteral("OrdoScreenshots"));
    ordo::installTranslations(app);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("database"), QStringLiteral("Database"), QStringLiteral("path")},
                       {QStringLiteral("out"), QStringLiteral("Output folder"), QStringLiteral("dir")},
                       {QStringLiteral("size"), QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("size"), QStringLiteral("1366x768")}});
    parser.process(app);
    const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    const QDir out(parser.value(QStringLiteral("out")));
    QDir().mkpath(out.path());
    QTextStream err(stderr);

    ordo::MainWindow window;
    if (!window.openDatabase(parser.value(QStringLiteral("database")), false))
        return 1;
    window.resize(size);
    window.show();
    const QStringList names{QStringLiteral("board"), QStringLiteral("calendar"), QStringLiteral("orders"), QStringLiteral("invoices"),
                            QStringLiteral("customers"), QStringLiteral("staff"), QStringLiteral("process"),
                            QStringLiteral("reports-weekly"), QStringLiteral("my-day")};
    for (int page = 0; page < ordo::MainWindow::PageCount; ++page) {
        window.showPage(static_cast<ordo::MainWindow::Page>(page));
        QApplication::processEvents();
        window.grab().save(out.filePath(names[page] + QStringLiteral(".png")));
    }

    // The board: a drop the map refuses (its reason where it was dropped), then a booked card shown
    // and marked with its confirmation, then the keyboard's focus on a card.
    if (ordo::BoardView *board = window.board()) {
        window.showPage(ordo::MainWindow::BoardPage);
        window.activateWindow();
        QApplication::processEvents();
        ordo::BoardModel *model = board->model();
        const ordo::WorkflowVersion &wf = model->workflow();
        // The first open card with a column near it that the map does not let it go to.
        std::optional<ordo::Id> dragged;
        const ordo::Step *forbidden = nullptr;
        for (int row = 0; row < model->rowCount() && !dragged; ++row) {
            const ordo::BoardCard &c = model->cardAt(row);
            const ordo::Step *from = wf.step(c.stepId);
            if (!c.open || !from)
                continue;
            for (const ordo::Step &to : wf.steps) {
                if (to.id != c.stepId && std::abs(to.position - from->position) <= 2 && !wf.allows(c.stepId, to.id)) {
                    dragged = c.id;
                    forbidden = &to;
                    break;
                }
            }
        }
        if (dragged) {
            board->highlightOrder(*dragged, QString());  // its column in sight, as when it is picked up
            std::unique_ptr<QMimeData> mime(model->mimeData({model->indexOf(*dragged)}));
            QWidget *target = board->column(forbidden->id)->viewport();
            const QPoint at(target->width() / 2, target->height() / 3);
            QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(target, &enter);
            QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(target, &drop);
            QApplication::processEvents();
            window.grab().save(out.filePath(QStringLiteral("board-refused.png")));
        }
        // A card far to the right, as after booking its visit.
        std::optional<ordo::Id> far;
        for (int row = model->rowCount() - 1; row >= 0 && !far; --row) {
            const ordo::Step *step = wf.step(model->cardAt(row).stepId);
            if (step && step->position >= 6 && step->kind == ordo::StepKind::Open)
                far = model->cardAt(row).id;
        }
        if (far) {
            const QString number = model->card(*far)->number;
            auto upcoming = ordo::AppointmentService(*window.database()).upcomingForOrder(*far, 0);
            window.showBooked(*far, upcoming && !upcoming->isEmpty()
                                        ? ordo::MainWindow::tr("%1 booked: %2").arg(number, ordo::AppointmentService::describe(upcoming->last()))
                                        : ordo::MainWindow::tr("%1 created.").arg(number));
            QApplication::processEvents();
            window.grab().save(out.filePath(QStringLiteral("board-booked.png")));
        }
        // From the filter, one Tab and one Right arrow: the focus frame on a card.
        window.board()->reload();
        QApplication::processEvents();
        auto *filter = board->findChild<QLineEdit *>(QStringLiteral("boardFilterText"));
        filter->setFocus();
        for (const int key : {int(Qt::Key_Tab), int(Qt::Key_Right)}) {
            QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
            QApplication::sendEvent(QApplication::focusWidget(), &press);
            QApplication::processEvents();
        }
        window.grab().save(out.filePath(QStringLiteral("board-focus.png")));
    }
    // The calendar as the front desk uses it: this week of one salesperson, and today by person.
    if (ordo::CalendarView *calendar = window.calendar(); calendar && !calendar->people().isEmpty()) {
        window.showPage(ordo::MainWindow::CalendarPage);
        calendar->setStaffFilter(calendar->people().first().id);
        QApplication::processEvents();
        window.grab().save(out.filePath(QStringLiteral("calendar-week.png")));
        calendar->exportRouteSheet(calendar->people().first().id, out.filePath(QStringLiteral("route-sheet.pdf")));
        calendar->setStaffFilter(std::nullopt);
        calendar->setMode(ordo::CalendarView::Mode::People);
        QApplication::processEvents();
        window.grab().save(out.filePath(QStringLiteral("calendar-people.png")));
        // Everyone's route sheet of the day in one print, each person from a new page.
        calendar->exportRouteSheet(std::nullopt, out.filePath(QStringLiteral("route-sheet-everyone.pdf")));
        calendar->setMode(ordo::CalendarView::Mode::Month);
        QApplication::processEvents();
        window.grab().save(out.filePath(QStringLiteral("calendar-month.png")));
        calendar->setMode(ordo::CalendarView::Mode::Week);
    }
    // A call from a returning customer, typed by phone.
    if (auto someone = ordo::CustomerRepository(*window.database()).page(QString(), 0, 1); someone && !someone->isEmpty()) {
        ordo::IntakeDialog intake(ordo::Session{*window.database(), ordo::currentActor()}, &window);
        intake.show();
        auto *search = intake.findChild<QLineEdit *>(QStringLiteral("intakeSearch"));
        search->setText(someone->first().phone.left(6));
        QApplication::processEvents();
        QMetaObject::invokeMethod(search, "returnPressed");
        QApplication::processEvents();
        intake.grab().save(out.filePath(QStringLiteral("intake.png")));
        // The same caller about an open order, with no visit needed: the call goes to that order.
        if (auto *history = intake.findChild<QListWidget *>(QStringLiteral("intakeHistory")); history && history->count() > 1 &&
                                                                                            history->item(1)->flags() & Qt::ItemIsSelectable) {
            history->setCurrentRow(1);
            intake.findChild<QCheckBox *>(QStringLiteral("intakeNeedsVisit"))->setChecked(false);
            QApplication::processEvents();
            intake.grab().save(out.filePath(QStringLiteral("intake-attach.png")));
        }
    }
    // The customer form in its three places: a customer being edited, a new caller, a new order's new customer.
    if (auto someone = ordo::CustomerRepository(*window.database()).page(QString(), 0, 1); someone && !someone->isEmpty()) {
        window.showPage(ordo::MainWindow::CustomersPage);
        window.customers()->showCustomer(someone->first().id);
        QApplication::processEvents();
        window.grab().save(out.filePath(QStringLiteral("customers-selected.png")));
        // A mistyped NIF: refused with the reason, nothing written; then shown as saved again.
        if (auto *taxId = window.customers()->findChild<QLineEdit *>(QStringLiteral("customerTaxId"))) {
            taxId->setText(QStringLiteral("12345678A"));
            window.customers()->saveCustomer();
            QApplication::processEvents();
            window.grab().save(out.filePath(QStringLiteral("customers-nif-error.png")));
            window.customers()->showCustomer(someone->first().id);
        }
    }
    {
        ordo::IntakeDialog intake(ordo::Session{*window.database(), ordo::currentActor()}, &window);
        intake.show();
        auto *search = intake.findChild<QLineEdit *>(QStringLiteral("intakeSearch"));
        search->setText(QStringLiteral("611 22 33 44"));
        QMetaObject::invokeMethod(search, "returnPressed");
        QApplication::processEvents();
        intake.grab().save(out.filePath(QStringLiteral("intake-new.png")));
    }
    {
        ordo::OrderEditor editor(ordo::Session{*window.database(), ordo::currentActor()}, 0, &window);
        editor.show();
        editor.findChild<QLineEdit *>(QStringLiteral("customerSearch"))->setText(QStringLiteral("611 22 33 44"));
        editor.findChild<QPushButton *>(QStringLiteral("newCustomerButton"))->click();
        QApplication::processEvents();
        editor.grab().save(out.filePath(QStringLiteral("editor-new.png")));
    }

    // The newest issued invoice in its dialog.
    if (auto list = ordo::InvoiceQueries(*window.database()).list({}); list && !list->isEmpty()) {
        ordo::InvoiceDialog dialog(ordo::Session{*window.database(), ordo::currentActor()}, window.secretStore(),
                                   list->first().id, &window);
        dialog.show();
        QApplication::processEvents();
        dialog.grab().save(out.filePath(QStringLiteral("invoice-dialog.png")));
    }

    // The editor on an open order with lines and some history.
    ordo::OrderFilter filter;
    filter.openOnly = true;
    filter.limit = 50;
    auto orders = ordo::WorkOrderService(*window.database()).list(filter);
    if (orders && !orders->isEmpty()) {
        ordo::Id chosen = orders->first().id;
        for (const auto &o : *orders)
            if (!ordo::WorkOrderService(*window.database()).lines(o.id)->isEmpty() && o.assigneeId) {
                chosen = o.id;
                break;
            }
        ordo::OrderEditor editor(ordo::Session{*window.database(), ordo::currentActor()}, chosen, &window);
        editor.show();
        const auto tabs = editor.findChild<QTabWidget *>();
        for (int tab : {0, 1, 3}) {
            tabs->setCurrentIndex(tab);
            QApplication::processEvents();
            editor.grab().save(out.filePath(QStringLiteral("editor-%1.png").arg(tab)));
        }
        // Someone at another PC changes the order while it is open here.
        if (auto other = ordo::Database::open(window.database()->path(), ordo::Database::OpenMode::MustExist)) {
            auto order = ordo::WorkOrderService(**other).find(chosen);
            ordo::OrderDetails details;
            details.customerId = order->customerId;
            details.siteId = order->siteId;
            details.title = order->title + QStringLiteral(" (+1)");
            details.description = order->description;
            details.jobType = order->jobType;
            details.priority = order->priority;
            details.dueAt = order->dueAt;
            details.assigneeId = order->assigneeId;
            details.lines = *ordo::WorkOrderService(**other).lines(chosen);
            (void)ordo::WorkOrderService(**other).update(chosen, order->version, details,
                                                         ordo::Actor{std::nullopt, QStringLiteral("Marta Sanz")});
            window.changeWatcher()->poll();
            tabs->setCurrentIndex(0);
            QApplication::processEvents();
            editor.grab().save(out.filePath(QStringLiteral("editor-changed.png")));
        }
        // The order's quotes: one issued and its PDF, as the customer gets it.
        ordo::QuoteDialog quotes(ordo::Session{*window.database(), ordo::currentActor()}, chosen, &window);
        quotes.show();
        QApplication::processEvents();
        quotes.grab().save(out.filePath(QStringLiteral("quotes-empty.png")));
        if (quotes.issue()) {
            QApplication::processEvents();
            quotes.grab().save(out.filePath(QStringLiteral("quotes.png")));
            quotes.saveSelectedPdf(out.filePath(QStringLiteral("quote.pdf")));
        }
    }
    // Reports: the reviews and the process evaluation, and the weekly report as printed.
    if (ordo::ReportsView *reports = window.reports()) {
        window.showPage(ordo::MainWindow::ReportsPage);
        reports->showTab(ordo::ReportsView::ReviewsTab);
        QApplication::processEvents();
        window.grab().save(out.filePath(QStringLiteral("reports-reviews.png")));
        reports->showTab(ordo::ReportsView::ProcessTab);
        QElapsedTimer waited;  // the evaluation runs in a worker
        waited.start();
        while (!reports->evaluationReady() && waited.elapsed() < 120000)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        QApplication::processEvents();
        window.grab().save(out.filePath(QStringLiteral("reports-process.png")));
        reports->showTab(ordo::ReportsView::WeeklyTab);
        reports->savePdf(out.filePath(QStringLiteral("weekly-report.pdf")));
    }
    // Assets (issue 21): a customer's assets beside their orders, one asset's history, what the
    // history teaches, a label sheet, and an Excel file's import preview with its problems.
    {
        std::optional<ordo::Id> withAssets;
        ordo::CustomerRepository customers(*window.database());
        QString afterName;
        ordo::Id afterId = 0;
        for (int pages = 0; pages < 50 && !withAssets; ++pages) {
            auto page = customers.page(afterName, afterId, 100);
            if (!page || page->isEmpty())
                break;
            for (const ordo::Customer &c : *page) {
                auto assets = ordo::AssetRegistry(*window.database()).ofCustomer(c.id);
                if (assets && assets->size() >= 2) {
                    withAssets = c.id;
                    break;
                }
            }
            afterName = page->last().name;
            afterId = page->last().id;
        }
        if (withAssets) {
            window.showPage(ordo::MainWindow::CustomersPage);
            window.customers()->showCustomer(*withAssets);
            window.customers()->detailTabs()->setCurrentWidget(window.customers()->assets());
            QApplication::processEvents();
            window.grab().save(out.filePath(QStringLiteral("customers-assets.png")));
            window.customers()->assets()->saveLabels(out.filePath(QStringLiteral("asset-labels.pdf")));
            auto list = ordo::AssetRegistry(*window.database()).ofCustomer(*withAssets);
            ordo::AssetHistoryDialog history(ordo::Session{*window.database(), ordo::currentActor()}, list->first().id, &window);
            history.show();
            QApplication::processEvents();
            history.grab().save(out.filePath(QStringLiteral("asset-history.png")));
            const ordo::Session session{*window.database(), ordo::currentActor()};
            ordo::AssetDialog edit(session, list->first(), &window);
            edit.show();
            QApplication::processEvents();
            edit.grab().save(out.filePath(QStringLiteral("asset-edit.png")));
            ordo::MaintenancePlan summer;
            summer.customerId = *withAssets;
            summer.title = QStringLiteral("Revisión del aire acondicionado");
            summer.everyMonths = 1;
            summer.firstDue = QDate(2027, 6, 1);
            summer.seasonFrom = 6;
            summer.seasonTo = 9;
            ordo::MaintenancePlanDialog plan(session, summer, &window);
            plan.show();
            QApplication::processEvents();
            plan.grab().save(out.filePath(QStringLiteral("maintenance-plan.png")));
            if (plan.save()) {
                ordo::MaintenancePlansDialog plans(session, *withAssets, &window);
                plans.show();
                QApplication::processEvents();
                plans.grab().save(out.filePath(QStringLiteral("maintenance-plans.png")));
            }
            ordo::OrderAssetsDialog about(session, *withAssets, {{list->first().id, ordo::AssetReason::Repair}},
                                          ordo::AssetReason::Repair, &window);
            about.show();
            QApplication::processEvents();
            about.grab().save(out.filePath(QStringLiteral("order-assets.png")));
            ordo::RegisterLinesDialog lines(session, *withAssets, &window);
            lines.show();
            QApplication::processEvents();
            lines.grab().save(out.filePath(QStringLiteral("register-lines.png")));
        }
        if (ordo::ReportsView *reports = window.reports()) {
            window.showPage(ordo::MainWindow::ReportsPage);
            reports->showTab(ordo::ReportsView::AssetsTab);
            QApplication::processEvents();
            window.grab().save(out.filePath(QStringLiteral("reports-assets.png")));
            // Lower down: the lists the office turns into orders, each with its button.
            if (auto *page = reports->findChild<QWidget *>(QStringLiteral("assetStatsPage")))
                if (auto *scroll = page->findChild<QScrollArea *>())
                    if (auto *warranty = page->findChild<QWidget *>(QStringLiteral("assetWarrantyTable"))) {
                        scroll->ensureWidgetVisible(warranty, 0, 40);
                        scroll->verticalScrollBar()->setValue(warranty->mapTo(scroll->widget(), QPoint()).y() - 40);
                        QApplication::processEvents();
                        window.grab().save(out.filePath(QStringLiteral("reports-assets-lists.png")));
                    }
        }
        ordo::CustomerImportDialog import(ordo::Session{*window.database(), ordo::currentActor()}, &window);
        import.loadBytes(QByteArray("\xEF\xBB\xBF")
                             + QStringLiteral("Nombre;NIF;Teléfono;Email;Dirección;Código postal;Ciudad\r\n"
                                              "Carmen Núñez Ibáñez;12345678Z;600 11 22 33;carmen@example.es;\"Calle Mayor 3\r\nEscalera B, 2º\";28013;Madrid\r\n"
                                              "Talleres Ñandú S.L.;B12345674;91 555 66 77;;Polígono Sur, nave 4;8001;Barcelona\r\n"
                                              "Pedro Ruiz;;611 22 33 44;pedro@example;Calle Sol 1;28004;Madrid;sobra\r\n"
                                              "Carmen Núñez (repetida);12345678-z;;;;;\r\n")
                                   .toUtf8(),
                         QStringLiteral("clientes.csv"));
        import.show();
        QApplication::processEvents();
        import.grab().save(out.filePath(QStringLiteral("import-preview.png")));
        // The same dialog told that the file holds assets: two of the demo's customers by name, one
        // that is not there, a date that is not one and a serial number twice.
        if (auto some = ordo::CustomerRepository(*window.database()).page(QString(), 0, 2); some && some->size() == 2) {
            const QString a = some->at(0).name, b = some->at(1).name;
            import.setKind(ordo::ImportKind::Assets);
            import.loadBytes(QByteArray("\xEF\xBB\xBF")
                                 + QStringLiteral("Cliente;Tipo;Modelo;Nº de serie;Fecha de instalación;Fin de garantía\r\n"
                                                  "%1;Ventana;PVC oscilobatiente 120×140;VS-2024-0117;12/03/2024;12/03/2027\r\n"
                                                  "%2;Caldera;Vaillant ecoTEC plus;VA-88231;2023-10-02;2025-10-02\r\n"
                                                  "Comunidad Calle Olmo 4;Persiana;Motorizada;;31/02/2024;\r\n"
                                                  "%2;Caldera;Vaillant ecoTEC plus;VA-88231;;\r\n")
                                       .arg(a, b)
                                       .toUtf8(),
                             QStringLiteral("activos.csv"));
            QApplication::processEvents();
            import.grab().save(out.filePath(QStringLiteral("import-assets-preview.png")));
        }
    }
    // A review's checklist with three items chosen, and a new plan (issue 14).
    if (auto plans = ordo::ReviewService(*window.database()).plans(); plans && !plans->isEmpty()) {
        auto review = ordo::ReviewService(*window.database()).open(plans->at(plans->size() > 1 ? 1 : 0).id, ordo::Clock::nowSecs());
        if (review) {
            ordo::ReviewDialog dialog(ordo::Session{*window.database(), ordo::currentActor()}, *review, &window);
            dialog.show();
            dialog.itemsTable()->selectRow(0);
            if (dialog.itemsTable()->rowCount() > 2)
                dialog.itemsTable()->selectionModel()->select(
                    QItemSelection(dialog.itemsTable()->model()->index(0, 0), dialog.itemsTable()->model()->index(2, 4)),
                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            QApplication::processEvents();
            dialog.grab().save(out.filePath(QStringLiteral("review-dialog.png")));
        }
        ordo::ReviewPlanDialog plan(ordo::Session{*window.database(), ordo::currentActor()}, &window);
        plan.show();
        QApplication::processEvents();
        plan.grab().save(out.filePath(QStringLiteral("review-plan.png")));
    }
    // Recording a payment on the newest unpaid invoice, and the invoices searched.
    {
        ordo::InvoiceFilter unpaid;
        unpaid.unpaidOnly = true;
        unpaid.limit = 1;
        if (auto list = ordo::InvoiceQueries(*window.database()).list(unpaid); list && !list->isEmpty()) {
            ordo::PaymentDialog payment(list->first(), &window);
            payment.show();
            QApplication::processEvents();
            payment.grab().save(out.filePath(QStringLiteral("payment-dialog.png")));
        }
        window.showPage(ordo::MainWindow::InvoicesPage);
        if (auto *search = window.findChild<QLineEdit *>(QStringLiteral("invoiceSearch"))) {
            search->setText(QStringLiteral("castillo"));
            QElapsedTimer waited;
            waited.start();
            while (waited.elapsed() < 600)
                QApplication::processEvents(QEventLoop::AllEvents, 20);
            window.grab().save(out.filePath(QStringLiteral("invoices-search.png")));
            search->clear();
        }
    }
    // Accounts and permissions: each tab, and the two small dialogs as they look at their busiest
    // (a refused PIN; a new token shown once). The dialogs get made-up answers: nothing is written.
    {
        ordo::AccountsDialog accounts(ordo::Session{*window.database(), ordo::currentActor()}, &window);
        accounts.show();
        const QStringList tabs{QStringLiteral("people"), QStringLiteral("permissions"), QStringLiteral("security"),
                               QStringLiteral("tokens")};
        for (int tab = 0; tab < tabs.size(); ++tab) {
            accounts.showTab(static_cast<ordo::AccountsDialog::Tab>(tab));
            QApplication::processEvents();
            accounts.grab().save(out.filePath(QStringLiteral("accounts-%1.png").arg(tabs[tab])));
        }
        ordo::SecretDialog pin(
            ordo::SecretKind::Pin, QStringLiteral("Marta Sanz"),
            [](const QString &secret) -> ordo::Result<void> {
                return ordo::makeError(ordo::ErrorCode::Invalid, ordo::Accounts::secretProblem(ordo::SecretKind::Pin, secret));
            },
            &accounts);
        pin.show();
        for (const char *name : {"secretFirst", "secretSecond"})
            pin.findChild<QLineEdit *>(QLatin1String(name))->setText(QStringLiteral("48"));
        pin.findChild<QPushButton *>(QStringLiteral("checkedOk"))->click();
        QApplication::processEvents();
        pin.grab().save(out.filePath(QStringLiteral("accounts-pin.png")));
        ordo::NewTokenDialog token(
            [](const QString &name, ordo::AccessRole role) -> ordo::Result<ordo::CreatedToken> {
                ordo::CreatedToken made;
                made.token.name = name;
                made.token.role = role;
                made.secret = QStringLiteral("ordo_k3Jq9xV2_mT8wYp4rLz6bN1cF5hD7gS0aE2uQ9iO");
                return made;
            },
            &accounts);
        token.show();
        token.findChild<QLineEdit *>(QStringLiteral("tokenName"))->setText(QStringLiteral("copia-nocturna"));
        token.findChild<QPushButton *>(QStringLiteral("checkedOk"))->click();
        QApplication::processEvents();
        token.grab().save(out.filePath(QStringLiteral("accounts-token.png")));
    }
    // Settings › Price catalogue…, and a new line of an order typed "persiana" with the catalogue's
    // suggestions open under it (the popup is a window of its own, painted onto the editor's image).
    {
        ordo::CatalogueDialog catalogue(ordo::Session{*window.database(), ordo::currentActor()}, &window);
        catalogue.show();
        QApplication::processEvents();
        catalogue.grab().save(out.filePath(QStringLiteral("catalogue.png")));
    }
    {
        ordo::OrderEditor editor(ordo::Session{*window.database(), ordo::currentActor()}, 0, &window);
        editor.resize(std::min(size.width() - 40, 1100), std::min(size.height() - 60, 700));
        editor.show();
        editor.findChild<QTabWidget *>()->setCurrentIndex(1);
        editor.findChild<QPushButton *>(QStringLiteral("addLine"))->click();
        QApplication::processEvents();
        auto *lines = editor.findChild<QTableWidget *>(QStringLiteral("linesTable"));
        if (auto *cell = qobject_cast<QLineEdit *>(lines->indexWidget(lines->model()->index(0, 0)))) {
            cell->setText(QStringLiteral("persiana"));
            emit cell->textEdited(cell->text());
            QApplication::processEvents();
            QPixmap shot = editor.grab();
            if (QAbstractItemView *popup = cell->completer() ? cell->completer()->popup() : nullptr; popup && popup->isVisible()) {
                QPainter painter(&shot);
                painter.drawPixmap(editor.mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
            }
            shot.save(out.filePath(QStringLiteral("lines-catalogue.png")));
        }
    }
    // Settings › Booking page as it opens, and with a colour it refuses (nothing is saved).
    {
        ordo::BookingSettingsDialog booking(ordo::Session{*window.database(), ordo::currentActor()}, &window);
        booking.show();
        QApplication::processEvents();
        booking.grab().save(out.filePath(QStringLiteral("booking-settings.png")));
        booking.findChild<QLineEdit *>(QStringLiteral("bookingColour"))->setText(QStringLiteral("rojo"));
        booking.findChild<QDialogButtonBox *>(QStringLiteral("bookingSettingsButtons"))->button(QDialogButtonBox::Save)->click();
        QApplication::processEvents();
        booking.grab().save(out.filePath(QStringLiteral("booking-settings-refused.png")));
    }
    // File › Connect to the office server…, filled from a known address (the password field waits
    // for the keyring).
    {
        ordo::ConnectServerDialog connect(window.secretStore(), QStringLiteral("postgresql://lucia@oficina-pc/ventanas_sol?sslmode=require"),
                                          &window);
        connect.show();
        QApplication::processEvents();
        connect.grab().save(out.filePath(QStringLiteral("connect-server.png")));
    }
    // Settings › Technicians' phones, the first-start assistant's pages, and the Help windows.
    {
        ordo::PhoneSettingsDialog phones(ordo::Session{*window.database(), ordo::currentActor()}, &window);
        phones.show();
        QApplication::processEvents();
        phones.grab().save(out.filePath(QStringLiteral("phone-settings.png")));
    }
    {
        ordo::CompanySetupWizard wizard(ordo::Session{*window.database(), ordo::currentActor()}, &window);
        wizard.show();
        QApplication::processEvents();
        wizard.grab().save(out.filePath(QStringLiteral("setup-company.png")));
        ordo::StaffMember person;
        person.name = QStringLiteral("Diego Iglesias");
        person.role = ordo::Role::Technician;
        person.territory = {QStringLiteral("280"), QStringLiteral("281")};
        wizard.addPersonRow(person);
        wizard.next();
        QApplication::processEvents();
        wizard.grab().save(out.filePath(QStringLiteral("setup-people.png")));
        wizard.next();
        QApplication::processEvents();
        wizard.grab().save(out.filePath(QStringLiteral("setup-process.png")));
    }
    for (const auto &[action, dialog, file] : {std::tuple{"manualAction", "manualWindow", "help-manual.png"},
                                               std::tuple{"shortcutsAction", "shortcutsWindow", "help-shortcuts.png"},
                                               std::tuple{"aboutAction", "aboutWindow", "help-about.png"}}) {
        window.findChild<QAction *>(QLatin1String(action))->trigger();
        QApplication::processEvents();
        if (auto *w = window.findChild<QDialog *>(QLatin1String(dialog))) {
            w->grab().save(out.filePath(QLatin1String(file)));
            w->close();
        }
    }
    // Rough timings of what the front desk feels on this database (ordo-bench will measure properly).
    {
        ordo::BoardView *board = window.board();
        window.showPage(ordo::MainWindow::BoardPage);
        QElapsedTimer t;
        t.start();
        board->reload();
        QApplication::processEvents();
        const qint64 reloadMs = t.elapsed();
        QLineEdit *filter = board->findChild<QLineEdit *>(QStringLiteral("boardFilterText"));
        qint64 worstKey = 0;
        for (const QString &text : {QStringLiteral("g"), QStringLiteral("ga"), QStringLiteral("gar"), QString()}) {
            t.restart();
            filter->setText(text);
            QApplication::processEvents();
            worstKey = std::max(worstKey, t.elapsed());
        }
        err << "board cards: " << board->model()->rowCount() << ", reload + paint: " << reloadMs
            << " ms, slowest filter keystroke: " << worstKey << " ms" << Qt::endl;
    }
    err << "Screenshots in " << out.path() << Qt::endl;
    return 0;
}
