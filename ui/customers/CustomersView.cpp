#include "customers/CustomersView.h"
#include "common/Palette.h"

#include "common/MessageBox.h"
#include "orders/OrdersModel.h"
#include "people/CustomerRepository.h"
#include "storage/Database.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
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

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    auto *form = new QFormLayout;
    auto field = [&](const char *name) {
        auto *e = new QLineEdit(right);
        e->setObjectName(QLatin1String(name));
        return e;
    };
    m_name = field("customerName");
    m_taxId = field("customerTaxId");
    m_phone = field("customerPhone");
    m_phone2 = field("customerPhone2");
    m_email = field("customerEmail");
    m_address = field("customerAddress");
    m_postcode = field("customerPostcode");
    m_city = field("customerCity");
    m_notes = new QPlainTextEdit(right);
    m_notes->setObjectName(QStringLiteral("customerNotes"));
    m_notes->setMaximumHeight(70);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Tax &ID (NIF):"), m_taxId);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Other phone:"), m_phone2);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Postcode:"), m_postcode);
    form->addRow(tr("City:"), m_city);
    form->addRow(tr("Notes:"), m_notes);
    m_error = new QLabel(right);
    m_error->setObjectName(QStringLiteral("customerError"));
    m_error->setStyleSheet(palette::errorText());
    m_error->setWordWrap(true);
    m_error->hide();
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
    rightLayout->addLayout(form);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_save, 0, Qt::AlignRight);
    rightLayout->addWidget(new QLabel(tr("Orders of this customer:"), right));
    rightLayout->addWidget(m_ordersTable, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({380, 900});
    setEditorEnabled(false);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CustomersView::reloadList);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showCustomer(item->data(Qt::UserRole).toLongLong());
    });
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
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_taxId, m_phone, m_phone2, m_email, m_address,
                                                       m_postcode, m_city, m_notes, m_save})
        w->setEnabled(on);
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
    m_current = *c;
    m_name->setText(c->name);
    m_taxId->setText(c->taxId);
    m_phone->setText(c->phone);
    m_phone2->setText(c->phone2);
    m_email->setText(c->email);
    m_address->setText(c->address);
    m_postcode->setText(c->postcode);
    m_city->setText(c->city);
    m_notes->setPlainText(c->notes);
    m_error->hide();
    setEditorEnabled(true);
    m_orders->setCustomer(c->id);
}

bool CustomersView::saveCustomer()
{
    Customer edited = m_current;
    edited.name = m_name->text();
    edited.taxId = m_taxId->text();
    edited.phone = m_phone->text();
    edited.phone2 = m_phone2->text();
    edited.email = m_email->text();
    edited.address = m_address->text();
    edited.postcode = m_postcode->text();
    edited.city = m_city->text();
    edited.notes = m_notes->toPlainText();
    auto saved = CustomerRepository(m_db).update(edited);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return false;
    }
    m_current = *saved;
    m_error->hide();
    return true;
}

} // namespace ordo
