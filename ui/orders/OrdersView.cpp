#include "ui/orders/OrdersView.h"
#include "ui/common/Palette.h"

#include "ui/common/MessageBox.h"
#include "ui/orders/OrdersModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ordo {

OrdersView::OrdersView(Database &db, QWidget *parent)
    : QWidget(parent), m_model(new OrdersModel(db, this)), m_search(new QLineEdit(this)), m_table(new QTableView(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("ordersView"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("ordersSearch"));
    m_search->setPlaceholderText(tr("Search orders: number, customer, phone, address, words of the job…"));
    m_search->setClearButtonEnabled(true);
    auto *newOrder = new QPushButton(tr("New order"), this);
    newOrder->setObjectName(QStringLiteral("newOrderButton"));
    top->addWidget(m_search, 1);
    top->addWidget(newOrder);
    layout->addLayout(top);

    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(OrdersModel::Title, QHeaderView::Stretch);
    m_table->setColumnWidth(OrdersModel::Number, 115);
    m_table->setColumnWidth(OrdersModel::Step, 170);
    m_table->setColumnWidth(OrdersModel::Customer, 190);
    m_table->setColumnWidth(OrdersModel::Responsible, 115);
    m_table->setColumnWidth(OrdersModel::Assignee, 115);
    m_table->setColumnWidth(OrdersModel::Priority, 75);
    m_table->setColumnWidth(OrdersModel::Due, 80);
    m_table->setColumnWidth(OrdersModel::Created, 125);
    m_table->horizontalHeader()->setSortIndicator(OrdersModel::Created, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);

    // A page that could not be read is said, with a way to try again; never a list that just stops.
    m_error = new QWidget(this);
    m_error->setObjectName(QStringLiteral("ordersError"));
    auto *errorLayout = new QHBoxLayout(m_error);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    m_errorText = new QLabel(m_error);
    m_errorText->setObjectName(QStringLiteral("ordersErrorText"));
    m_errorText->setWordWrap(true);
    m_errorText->setStyleSheet(palette::errorText());
    auto *retry = new QPushButton(tr("Try again"), m_error);
    retry->setObjectName(QStringLiteral("ordersRetry"));
    errorLayout->addWidget(m_errorText, 1);
    errorLayout->addWidget(retry);
    m_error->hide();
    layout->addWidget(m_error);
    connect(m_model, &OrdersModel::loadFailed, this, [this](const QString &message) {
        m_errorText->setText(tr("Not every order could be read: %1").arg(message));
        m_error->show();
    });
    connect(retry, &QPushButton::clicked, this, [this] {
        m_error->hide();
        m_model->reload();
    });
    if (!m_model->lastError().isEmpty())  // the first page, read before anyone listened
        emit m_model->loadFailed(m_model->lastError());

    // Results as you type, without a query for every single keystroke of a fast typist.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        m_model->setSearch(m_search->text());
        if (!m_model->lastError().isEmpty())
            MessageBox::warning(this, tr("Search"), m_model->lastError());
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        m_model->setSearch(m_search->text());
        if (m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit openOrderRequested(m_model->orderIdAt(index.row()));
    });
    connect(newOrder, &QPushButton::clicked, this, &OrdersView::newOrderRequested);
}

} // namespace ordo
