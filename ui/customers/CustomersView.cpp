#include "ui/customers/CustomersView.h"
#include "ui/common/UnsavedChanges.h"
#include "ui/common/Session.h"

#include "ui/common/MessageBox.h"
#include "ui/customers/AssetsPanel.h"
#include "ui/customers/CustomerForm.h"
#include "ui/customers/CustomerImportDialog.h"
#include "ui/orders/OrdersModel.h"
#include "core/people/CustomerRepository.h"
#include "core/storage/Database.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ordo {

namespace {
constexpr int PageSize = 200;
}

CustomersView::CustomersView(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_search(new QLineEdit(this)), m_list(new QListWidget(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("customersView"));
    auto *splitter = new QSplitter(this);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("customersSearch"));
    m_search->setPlaceholderText(tr("Search customers: name, phone, e-mail, address…"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("customersList"));
    m_list->setUniformItemSizes(true);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    auto *import = new QPushButton(tr("&Import from a spreadsheet…"), left);
    import->setObjectName(QStringLiteral("importCustomersButton"));
    leftLayout->addWidget(import);
    connect(import, &QPushButton::clicked, this, &CustomersView::importCustomers);
    auto *exportButton = new QPushButton(tr("&Export to a spreadsheet"), left);
    exportButton->setObjectName(QStringLiteral("exportCustomersButton"));
    auto *exportMenu = new QMenu(exportButton);
    const QList<QPair<ImportKind, QString>> exports{{ImportKind::Customers, tr("Customers…")},
                                                    {ImportKind::Sites, tr("Sites (customers' other addresses)…")},
                                                    {ImportKind::Assets, tr("Assets…")}};
    for (const auto &entry : exports) {
        const ImportKind kind = entry.first;
        connect(exportMenu->addAction(entry.second), &QAction::triggered, this, [this, kind] {
            const QString name = kind == ImportKind::Customers ? tr("customers.csv")
                                 : kind == ImportKind::Sites   ? tr("sites.csv")
                                                               : tr("assets.csv");
            const QString path = QFileDialog::getSaveFileName(this, tr("Export to a spreadsheet"), name, tr("CSV files (*.csv)"));
            if (!path.isEmpty())
                exportTo(kind, path);
        });
    }
    exportButton->setMenu(exportMenu);
    leftLayout->addWidget(exportButton);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    m_form = new CustomerForm(db, CustomerForm::Layout::Full, right);
    m_save = new QPushButton(tr("Save customer"), right);
    m_save->setObjectName(QStringLiteral("saveCustomer"));
    m_orders = new OrdersModel(db, this);
    m_orders->setCustomer(Id(-1));  // nothing until a customer is chosen
    m_ordersTable = new QTableView(right);
    m_ordersTable->setObjectName(QStringLiteral("customerOrders"));
    m_ordersTable->setModel(m_orders);
    m_ordersTable->verticalHeader()->hide();
    m_ordersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ordersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ordersTable->horizontalHeader()->setSectionResizeMode(OrdersModel::Title, QHeaderView::Stretch);
    rightLayout->addWidget(m_form);
    rightLayout->addWidget(m_save, 0, Qt::AlignRight);
    // Their orders and the things installed at their sites, one tab each.
    m_detailTabs = new QTabWidget(right);
    m_detailTabs->setObjectName(QStringLiteral("customerDetailTabs"));
    m_assets = new AssetsPanel(Session{db, currentActor()}, m_detailTabs);
    m_detailTabs->addTab(m_ordersTable, tr("&Orders"));
    m_detailTabs->addTab(m_assets, tr("&Assets"));
    rightLayout->addWidget(m_detailTabs, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({380, 900});
    setEditorEnabled(false);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CustomersView::reloadList);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item, QListWidgetItem *previous) {
        if (!item || item->data(Qt::UserRole).toLongLong() == m_shownId)
            return;
        if (!confirmLeave()) {
            // Back to the customer whose edits are kept.
            const QSignalBlocker block(m_list);
            m_list->setCurrentItem(previous);
            return;
        }
        showCustomer(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_form, &CustomerForm::edited, this, [this] { m_dirty = m_shownId != 0; });
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_list->verticalScrollBar()->maximum() - 5)
            fetchMore();
    });
    connect(m_save, &QPushButton::clicked, this, &CustomersView::saveCustomer);
    connect(m_ordersTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit openOrderRequested(m_orders->orderIdAt(index.row()));
    });
    connect(&db.notifier(), &ChangeNotifier::customersChanged, this, &CustomersView::reloadList);
    reloadList();
}

void CustomersView::setEditorEnabled(bool on)
{
    m_form->setFieldsEnabled(on);
    m_save->setEnabled(on);
}

void CustomersView::reloadList()
{
    m_list->clear();
    m_exhausted = false;
    m_lastName = QString();
    m_lastId = 0;
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty()) {
        auto found = CustomerRepository(m_db).search(text, 200);
        if (!found) {
            MessageBox::warning(this, tr("Customers"), found.error().message);
            return;
        }
        for (const auto &c : *found) {
            auto *item = new QListWidgetItem(c.phone.isEmpty() ? c.name : QStringLiteral("%1 — %2").arg(c.name, c.phone), m_list);
            item->setData(Qt::UserRole, c.id);
        }
        m_exhausted = true;
        return;
    }
    fetchMore();
}

void CustomersView::fetchMore()
{
    if (m_exhausted)
        return;
    auto page = CustomerRepository(m_db).page(m_lastName, m_lastId, PageSize);
    if (!page) {
        MessageBox::warning(this, tr("Customers"), page.error().message);
        m_exhausted = true;
        return;
    }
    for (const auto &c : *page) {
        auto *item = new QListWidgetItem(c.phone.isEmpty() ? c.name : QStringLiteral("%1 — %2").arg(c.name, c.phone), m_list);
        item->setData(Qt::UserRole, c.id);
    }
    if (!page->isEmpty()) {
        m_lastName = page->last().name;
        m_lastId = page->last().id;
    }
    m_exhausted = page->size() < PageSize;
}

void CustomersView::showCustomer(Id customerId)
{
    auto c = CustomerRepository(m_db).find(customerId);
    if (!c) {
        MessageBox::warning(this, tr("Customers"), c.error().message);
        return;
    }
    m_form->setCustomer(*c);
    m_shownId = c->id;
    m_dirty = false;
    setEditorEnabled(true);
    m_orders->setCustomer(c->id);
    m_assets->setCustomer(c->id);
}

void CustomersView::importCustomers()
{
    CustomerImportDialog dialog(Session{m_db, currentActor()}, this);
    dialog.exec();
}

bool CustomersView::exportTo(ImportKind kind, const QString &path)
{
    CsvTransfer transfer(m_db);
    auto bytes = kind == ImportKind::Customers ? transfer.exportCustomers()
                 : kind == ImportKind::Sites   ? transfer.exportSites()
                                               : transfer.exportAssets();
    QFile file(path);
    if (!bytes || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.flush()) {
        MessageBox::warning(this, tr("Export to a spreadsheet"),
                            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), bytes ? file.errorString() : bytes.error().message));
        return false;
    }
    return true;
}

bool CustomersView::saveCustomer()
{
    if (!m_form->validate())
        return false;
    auto saved = CustomerRepository(m_db).update(m_form->customer(), currentActor());
    if (!saved) {
        m_form->showError(saved.error().message);
        return false;
    }
    m_form->setCustomer(*saved);
    m_dirty = false;
    return true;
}

bool CustomersView::confirmLeave()
{
    if (!m_dirty)
        return true;
    const QString name = m_form->customer().name.trimmed();
    return confirmUnsavedChanges(this, tr("The customer %1 has changes that are not saved.").arg(name),
                                 [this] { return saveCustomer(); },
                                 [this] {
                                     m_dirty = false;
                                     showCustomer(m_shownId);  // as saved
                                 });
}

} // namespace ordo
