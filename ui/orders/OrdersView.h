#pragma once

#include "core/domain/Types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ordo {

class Database;
class OrdersModel;

// Every order in a table, newest first, loaded as you scroll; the search box finds by number,
// customer, phone, address or text as you type.
class OrdersView final : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersView(Database &db, QWidget *parent = nullptr);
    OrdersModel *model() const { return m_model; }
    QLineEdit *searchBox() const { return m_search; }

signals:
    void openOrderRequested(ordo::Id orderId);
    void newOrderRequested();

private:
    OrdersModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QWidget *m_error = nullptr;   // shown when a page of orders could not be read
    QLabel *m_errorText = nullptr;
    QTimer *m_debounce;
};

} // namespace ordo
